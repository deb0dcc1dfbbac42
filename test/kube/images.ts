import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** How the simulator runs a container of a given image: a real local program. */
export interface ImageProgram {
  file: string;
  args: string[];
  /** Defaults implied by the image; the pod's own env overrides them. */
  env: Record<string, string>;
}

/** Maps an image reference to a program, or undefined for an image that "cannot be pulled". */
export type ImageRegistry = (image: string) => ImageProgram | undefined;

const SAMPLE_APP = join(dirname(fileURLToPath(import.meta.url)), 'sample-app.ts');

/** Node flags that let `node` run the sample app's TypeScript source directly. */
export function nodeTypeScriptFlags(versions: NodeJS.ProcessVersions = process.versions): string[] {
  const [major = 0, minor = 0] = versions.node.split('.').map(Number);
  if (major > 23 || (major === 23 && minor >= 6) || (major === 22 && minor >= 18)) return ['--disable-warning=ExperimentalWarning'];
  if (major === 22 || major === 23) return ['--experimental-strip-types', '--disable-warning=ExperimentalWarning'];
  throw new Error(`the sample app needs Node >= 22.6 to run TypeScript directly; the simulator runs on ${versions.node} (use npx vitest so Node 24 from node_modules is used)`);
}

/** Splits `registry.example:5000/team/sample-app:v2@sha256:...` into repository name and tag. */
export function parseImage(image: string): { name: string; tag: string } {
  const withoutDigest = image.split('@')[0] ?? image;
  const slash = withoutDigest.lastIndexOf('/');
  const last = withoutDigest.slice(slash + 1);
  const colon = last.indexOf(':');
  return colon < 0 ? { name: last, tag: 'latest' } : { name: last.slice(0, colon), tag: last.slice(colon + 1) };
}

const VARIANTS: Record<string, Record<string, string>> = {
  '': {},
  slow: { LATENCY_MS: '500' },
  errors: { ERROR_RATE: '0.5' },
  crash: { CRASH_AFTER_MS: '1000' },
};

/**
 * `sample-app:<version>[-slow|-errors|-crash]` for any version such as v1, v2 or v3.1:
 * the version is reported by the app and in its metrics; -slow adds 500 ms latency, -errors
 * fails every second request with 500, -crash exits with an error one second after start.
 * Any other image is unknown, which the simulator reports as ImagePullBackOff.
 */
export function sampleImages(node: string = process.execPath): ImageRegistry {
  return (image) => {
    const { name, tag } = parseImage(image);
    if (name !== 'sample-app') return undefined;
    const m = /^(v\d+(?:\.\d+){0,2})(?:-(slow|errors|crash))?$/.exec(tag);
    if (m === null) return undefined;
    const variant = VARIANTS[m[2] ?? ''];
    if (variant === undefined) return undefined;
    return { file: node, args: [...nodeTypeScriptFlags(), SAMPLE_APP], env: { APP_VERSION: m[1] ?? tag, ...variant } };
  };
}
