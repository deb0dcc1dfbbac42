// The container registry double behind the build stand-in and the kubelet simulator: images are
// pushed by digest, tagged later, and pulled by digest. The kubelet simulator runs images by
// name (`sample-app:<vN>[-errors|-crash|-slow]`), so each pushed image remembers the sample-app
// image its Dockerfile was built FROM, and a pull of `<repository>@<digest>` runs that program.
// An image that was never pushed cannot be pulled (ImagePullBackOff), as with a real registry.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleImages } from '../../kube/images.ts';
import type { ImageRegistry } from '../../kube/images.ts';
import { node24 } from '../runner/index.ts';
import type { ToolBox } from './player.ts';

export interface PushedImage {
  repository: string;
  digest: string;
  /** The base image of the Dockerfile: the sample-app image the simulator runs for it. */
  from: string;
  platforms: string[];
  labels: Record<string, string>;
  tags: string[];
}

const TOOLS = join(import.meta.dirname, 'tools');

export class RegistryDouble {
  readonly images = new Map<string, PushedImage>();
  readonly logins: string[] = [];
  /** `<repository>@<digest>` the kubelet simulator pulled, in order. */
  readonly pulls: string[] = [];
  private readonly dir: string;
  private readonly statePath: string;
  private readonly dockerLog: string;
  private applied = 0;
  private readonly programs = sampleImages();

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'e2e-registry-'));
    this.statePath = join(this.dir, 'registry.json');
    this.dockerLog = join(this.dir, 'docker.jsonl');
    writeFileSync(this.dockerLog, '');
    this.writeState();
  }

  push(image: Omit<PushedImage, 'tags'>): PushedImage {
    const existing = this.images.get(image.digest);
    const stored = existing ?? { ...image, tags: [] };
    this.images.set(image.digest, stored);
    this.writeState();
    return stored;
  }

  /** `<repository>@<digest>` or `<repository>:<tag>`, as a pull would resolve it. */
  resolve(reference: string): PushedImage | undefined {
    const at = reference.lastIndexOf('@');
    if (at > 0) {
      const image = this.images.get(reference.slice(at + 1));
      return image?.repository === reference.slice(0, at) ? image : undefined;
    }
    return [...this.images.values()].find((i) => i.tags.includes(reference));
  }

  /** The kubelet simulator's image source. */
  simulatorImages(): ImageRegistry {
    return (reference) => {
      const image = this.resolve(reference);
      if (image === undefined) return undefined;
      this.pulls.push(reference);
      return this.programs(image.from);
    };
  }

  /** `docker` first on PATH for `run:` steps; `docker buildx imagetools create` tags images here. */
  toolBox(): ToolBox {
    const binDir = join(this.dir, 'bin');
    mkdirSync(binDir, { recursive: true });
    for (const tool of ['docker']) {
      const script = join(binDir, tool);
      writeFileSync(script, `#!/bin/sh\nexec '${node24()}' --disable-warning=ExperimentalWarning '${join(TOOLS, `${tool}.ts`)}' "$@"\n`, { mode: 0o755 });
    }
    return {
      binDir,
      env: { E2E_REGISTRY_STATE: this.statePath, E2E_DOCKER_LOG: this.dockerLog },
      afterStep: () => this.applyToolLog(),
    };
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private applyToolLog(): void {
    if (!existsSync(this.dockerLog)) return;
    const lines = readFileSync(this.dockerLog, 'utf8').split('\n').filter(Boolean);
    for (const line of lines.slice(this.applied)) {
      const { source, tags } = JSON.parse(line) as { source: string; tags: string[] };
      const image = this.resolve(source);
      if (image === undefined) throw new Error(`the docker stand-in tagged ${source}, which the registry does not hold`);
      for (const tag of tags) {
        // A tag names one image: moving it removes it from the image it named before.
        for (const other of this.images.values()) other.tags = other.tags.filter((t) => t !== tag);
        image.tags.push(tag);
      }
    }
    this.applied = lines.length;
    this.writeState();
  }

  private writeState(): void {
    const images = [...this.images.values()].map((i) => ({ repository: i.repository, digest: i.digest, tags: i.tags }));
    writeFileSync(this.statePath, JSON.stringify({ images }));
  }
}
