import { ConfigurationError } from './errors.ts';

/**
 * Inputs are declared once as a schema and parsed up front into one typed object,
 * so domain code never reads the environment (the k8s-deploy fault of calling
 * getInput deep inside the library).
 */
export interface InputField<T> {
  readonly required: boolean;
  /** Marks values that must be masked before anything could print them. */
  readonly secret: boolean;
  /** Parses the trimmed raw value; `undefined` means the input was empty. */
  parse(raw: string | undefined, name: string): T;
}

type Parser<T> = (raw: string, name: string) => T;

function field<T>(parse: Parser<T>, options: { required?: boolean; secret?: boolean; fallback: () => T }): InputField<T> {
  return {
    required: options.required ?? false,
    secret: options.secret ?? false,
    parse(raw, name) {
      if (raw === undefined || raw === '') {
        if (options.required ?? false) {
          throw new ConfigurationError(`Input '${name}' is required but was not set.`, { input: name });
        }
        return options.fallback();
      }
      return parse(raw, name);
    },
  };
}

const invalid = (name: string, raw: string, valid: string): ConfigurationError =>
  new ConfigurationError(`Input '${name}' has an invalid value '${truncate(raw)}': expected ${valid}.`, { input: name });

function truncate(raw: string): string {
  return raw.length > 80 ? `${raw.slice(0, 77)}...` : raw;
}

export interface StringOptions {
  required?: boolean;
  secret?: boolean;
  pattern?: RegExp;
  /** Human description of `pattern`, used in the error message. */
  expect?: string;
}

export function string(options: (StringOptions & { default: string }) | (StringOptions & { required: true })): InputField<string>;
export function string(options?: StringOptions): InputField<string | undefined>;
export function string(options: StringOptions & { default?: string } = {}): InputField<string | undefined> {
  return field(
    (raw, name) => {
      if (options.pattern && !options.pattern.test(raw)) throw invalid(name, options.secret ? '***' : raw, options.expect ?? `a value matching ${options.pattern.source}`);
      return raw;
    },
    { ...options, fallback: () => options.default },
  );
}

const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);

/** YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts. */
export function boolean(options: { default: boolean }): InputField<boolean> {
  return field(
    (raw, name) => {
      if (TRUE.has(raw)) return true;
      if (FALSE.has(raw)) return false;
      throw invalid(name, raw, "'true' or 'false'");
    },
    { fallback: () => options.default },
  );
}

export interface NumberOptions {
  min?: number;
  max?: number;
  integer?: boolean;
}

export function number(options: (NumberOptions & { default: number }) | (NumberOptions & { required: true })): InputField<number>;
export function number(options?: NumberOptions): InputField<number | undefined>;
export function number(options: NumberOptions & { default?: number; required?: boolean } = {}): InputField<number | undefined> {
  const describe = (): string => {
    const kind = options.integer ? 'an integer' : 'a number';
    if (options.min !== undefined && options.max !== undefined) return `${kind} from ${options.min} to ${options.max}`;
    if (options.min !== undefined) return `${kind} of at least ${options.min}`;
    if (options.max !== undefined) return `${kind} of at most ${options.max}`;
    return kind;
  };
  return field(
    (raw, name) => {
      const value = Number(raw);
      if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(raw) || !Number.isFinite(value)) throw invalid(name, raw, describe());
      if (options.integer && !Number.isInteger(value)) throw invalid(name, raw, describe());
      if (options.min !== undefined && value < options.min) throw invalid(name, raw, describe());
      if (options.max !== undefined && value > options.max) throw invalid(name, raw, describe());
      return value;
    },
    { ...options, fallback: () => options.default },
  );
}

export function oneOf<const T extends string>(values: readonly T[], options: { default: T } | { required: true }): InputField<T>;
export function oneOf<const T extends string>(values: readonly T[], options?: { required?: boolean }): InputField<T | undefined>;
export function oneOf<const T extends string>(values: readonly T[], options: { default?: T; required?: boolean } = {}): InputField<T | undefined> {
  return field(
    (raw, name) => {
      const lowered = raw.toLowerCase();
      const match = values.find((v) => v.toLowerCase() === lowered);
      if (match === undefined) throw invalid(name, raw, `one of ${values.map((v) => `'${v}'`).join(', ')}`);
      return match;
    },
    { ...options, fallback: () => options.default },
  );
}

/** Newline- or comma-separated values; blank entries and `#` comments are dropped. */
export function list(options: { required?: boolean; separator?: 'newline' | 'newline-or-comma'; default?: readonly string[] } = {}): InputField<string[]> {
  const split = options.separator === 'newline' ? /\r?\n/ : /\r?\n|,/;
  return field(
    (raw) =>
      raw
        .split(split)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#')),
    { ...options, fallback: () => [...(options.default ?? [])] },
  );
}

/** Durations such as `90`, `90s`, `5m`, `1h30m`; the result is in milliseconds. */
export function duration(options: { default: string; min?: string; max?: string }): InputField<number> {
  const valid = "a duration such as '30s', '5m' or '1h30m' (a bare number means seconds)";
  const bound = (text: string | undefined, fallback: number): number => (text === undefined ? fallback : parseDuration(text) ?? fallback);
  const min = bound(options.min, 0);
  const max = bound(options.max, Number.MAX_SAFE_INTEGER);
  return field(
    (raw, name) => {
      const ms = parseDuration(raw);
      if (ms === undefined) throw invalid(name, raw, valid);
      if (ms < min || ms > max) throw invalid(name, raw, `${valid} between ${options.min ?? '0s'} and ${options.max ?? 'unbounded'}`);
      return ms;
    },
    { fallback: () => parseDuration(options.default) ?? 0 },
  );
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
  let total = 0;
  let consumed = 0;
  for (const m of trimmed.matchAll(re)) {
    total += Number(m[1]) * (UNIT_MS[m[2] ?? 's'] ?? 1000);
    consumed += m[0].length;
  }
  if (consumed === 0 || consumed !== trimmed.length) return undefined;
  return Math.round(total);
}

export type InputSchema = Record<string, InputField<unknown>>;

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

/** The parsed object: `fail-on` in action.yml becomes `failOn` here. */
export type Inputs<S extends InputSchema> = { -readonly [K in keyof S & string as CamelCase<K>]: S[K] extends InputField<infer T> ? T : never };

export function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** The environment variable the runner sets for an input: spaces become `_`, the rest is upper-cased. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export interface ParseOptions {
  env?: NodeJS.ProcessEnv;
  /** Called with each non-empty secret value before any validation could echo it. */
  mask?: (value: string) => void;
}

/**
 * Parses every input of `schema` from the runner's `INPUT_*` variables. All problems
 * are collected so the user sees every bad input in one run, not one per attempt.
 */
export function parseInputs<S extends InputSchema>(schema: S, options: ParseOptions = {}): Inputs<S> {
  const env = options.env ?? process.env;
  const result: Record<string, unknown> = {};
  const problems: ConfigurationError[] = [];
  for (const [name, spec] of Object.entries(schema)) {
    const raw = env[inputVariable(name)]?.trim();
    if (spec.secret && raw) options.mask?.(raw);
    try {
      result[camelCase(name)] = spec.parse(raw, name);
    } catch (error) {
      if (error instanceof ConfigurationError) problems.push(error);
      else throw error;
    }
  }
  if (problems.length === 1 && problems[0]) throw problems[0];
  if (problems.length > 1) {
    throw new ConfigurationError(problems.map((p) => p.message).join('\n'), { input: problems[0]?.input ?? '' });
  }
  return result as Inputs<S>;
}
