// The smoke test against the new colour's Service, before any user traffic reaches it.
import { exec } from '@pipeline/core';
import type { Exec, ExecResult } from '@pipeline/core';
import type { PreviewTarget, SmokeResult } from '@pipeline/bluegreen';
import { parseArgsStringToArgv } from 'string-argv';

export interface SmokeOptions {
  timeoutMs: number;
  /** Attempts for an HTTP check: a pod that just became ready may still be warming up. */
  attempts?: number;
  exec?: Exec;
  env?: NodeJS.ProcessEnv;
  fetch?: typeof fetch;
}

const fill = (template: string, p: PreviewTarget): string =>
  template.replaceAll('{service}', p.service).replaceAll('{namespace}', p.namespace).replaceAll('{color}', p.colour).replaceAll('{colour}', p.colour).replaceAll('{revision}', p.revision);

/**
 * `smoke-test` is either an http(s) URL, fetched until it answers 2xx, or a command, run with an
 * argument array (never a shell) with PIPELINE_PREVIEW_* in its environment. `{service}`,
 * `{namespace}`, `{color}` and `{revision}` are filled in in both.
 */
export function smokeTest(spec: string, options: SmokeOptions): (preview: PreviewTarget) => Promise<SmokeResult> {
  return async (preview) => {
    const text = fill(spec.trim(), preview);
    if (/^https?:\/\//i.test(text)) {
      const attempts = options.attempts ?? 5;
      const doFetch = options.fetch ?? fetch;
      let last = '';
      for (let i = 1; i <= attempts; i++) {
        try {
          const res = await doFetch(text, { signal: AbortSignal.timeout(Math.max(1000, Math.floor(options.timeoutMs / attempts))) });
          await res.arrayBuffer();
          if (res.status >= 200 && res.status < 300) return { ok: true, detail: `GET ${text} answered ${res.status} (attempt ${i})` };
          last = `HTTP ${res.status}`;
        } catch (error) {
          last = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
        }
        if (i < attempts) await new Promise((resolve) => setTimeout(resolve, 500 * i));
      }
      return { ok: false, detail: `GET ${text} failed ${attempts} times; last: ${last}` };
    }
    const [file, ...args] = parseArgsStringToArgv(text);
    if (file === undefined) return { ok: false, detail: 'the smoke-test command is empty' };
    const run = options.exec ?? exec;
    let result: ExecResult;
    try {
      result = await run(file, args, {
        env: {
          ...(options.env ?? process.env),
          PIPELINE_PREVIEW_SERVICE: preview.service,
          PIPELINE_PREVIEW_NAMESPACE: preview.namespace,
          PIPELINE_PREVIEW_COLOR: preview.colour,
          PIPELINE_PREVIEW_REVISION: preview.revision,
        },
        timeoutMs: options.timeoutMs,
      });
    } catch (error) {
      return { ok: false, detail: `cannot start ${file}: ${error instanceof Error ? error.message : String(error)}` };
    }
    const output = `${result.stdout}${result.stderr}`.trim().split('\n').slice(-5).join(' | ');
    return result.exitCode === 0
      ? { ok: true, detail: `${file} exited 0${output === '' ? '' : `: ${output}`}` }
      : { ok: false, detail: `${file} ${result.timedOut ? `timed out after ${options.timeoutMs} ms` : `exited ${String(result.exitCode ?? result.signal)}`}${output === '' ? '' : `: ${output}`}` };
  };
}
