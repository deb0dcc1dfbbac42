import { issueCommand } from './commands.ts';

export type Masker = (secret: string) => void;

/**
 * Registers a secret with the runner. Multi-line secrets (kubeconfigs, PEM keys) are
 * masked line by line too, since the runner matches each log line separately, and
 * their base64 forms are masked because kubeconfigs often carry them that way.
 */
export function maskSecret(secret: string, register: Masker = (s) => issueCommand('add-mask', {}, s)): void {
  const value = secret.trim();
  if (value === '') return;
  const seen = new Set<string>();
  const add = (s: string): void => {
    // Very short fragments would blank out ordinary words all over the log.
    if (s.length < 4 || seen.has(s)) return;
    seen.add(s);
    register(s);
  };
  add(value);
  for (const line of value.split(/\r?\n/)) add(line.trim());
  add(Buffer.from(value, 'utf8').toString('base64'));
}
