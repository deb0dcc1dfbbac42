import { readFile, stat } from 'node:fs/promises';
import { ConfigurationError } from '@pipeline/core';

export interface WatchedFileOptions {
  /** Says which kubeconfig field names the file, for errors: `user "ci": tokenFile`. */
  describe: string;
  /** The `input` of the ConfigurationError an unreadable file raises. */
  input: string;
  /** The file is looked at (one stat) at most this often; a changed one is read again. */
  checkIntervalMs: number;
  now: () => number;
}

/**
 * A credential file that can change under a running process: kubelet rotates projected
 * ServiceAccount tokens, cert-manager renews client certificates. Reads are served from memory;
 * at most once per interval a stat compares inode, size and times, and only a changed file is
 * read again. The same Buffer is returned while the file is unchanged, so callers can tell
 * "new material" by identity. Concurrent callers share one stat and one read.
 */
export class WatchedFile {
  readonly path: string;
  private readonly options: WatchedFileOptions;
  private content: Buffer | undefined;
  private signature = '';
  private checkedAt = Number.NEGATIVE_INFINITY;
  private pending: Promise<Buffer> | undefined;

  constructor(path: string, options: WatchedFileOptions) {
    this.path = path;
    this.options = options;
  }

  /** The file's content, re-read when it changed since the last look (looked at most once per interval). */
  read(): Promise<Buffer> {
    if (this.content !== undefined && this.options.now() - this.checkedAt < this.options.checkIntervalMs) return Promise.resolve(this.content);
    return this.refresh();
  }

  /** Looks at the file now, whatever the interval: after the server refused what it held. */
  refresh(): Promise<Buffer> {
    this.pending ??= this.load().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async load(): Promise<Buffer> {
    try {
      const info = await stat(this.path);
      const signature = `${info.dev}:${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`;
      if (this.content === undefined || signature !== this.signature) {
        this.content = await readFile(this.path);
        this.signature = signature;
      }
      this.checkedAt = this.options.now();
      return this.content;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new ConfigurationError(`The kubeconfig's ${this.options.describe} names ${this.path}, which cannot be read (${code}); point it at a readable file`, { input: this.options.input, cause: error });
    }
  }
}
