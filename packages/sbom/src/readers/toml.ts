import { parse, TomlError } from 'smol-toml';
import { corrupt, isRecord } from '../text.ts';

export function parseToml(text: string, file: string, what: string): Record<string, unknown> {
  try {
    const doc = parse(text) as unknown;
    if (!isRecord(doc)) throw corrupt(file, what, 'the top level is not a table', 1);
    return doc;
  } catch (error) {
    if (error instanceof TomlError) throw corrupt(file, what, error.message.split('\n')[0] ?? error.message, error.line);
    throw error;
  }
}

export function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}
