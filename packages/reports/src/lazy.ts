/**
 * The parsers as the package index offers them: the same functions, each
 * loading its module on first call. An action bundle that imports the package
 * for `readReport` then starts without compiling every parser (nor the XML
 * tokenizer), however many of them the index names.
 */
import type { parseCheckstyle as ParseCheckstyle } from './checkstyle.ts';
import type { parseCobertura as ParseCobertura } from './cobertura.ts';
import type { parseIstanbulFinal as ParseIstanbulFinal, parseIstanbulSummary as ParseIstanbulSummary } from './istanbul.ts';
import type { parseJacoco as ParseJacoco } from './jacoco.ts';
import type { parseJunit as ParseJunit } from './junit.ts';
import type { parseK6 as ParseK6 } from './k6.ts';
import type { parseLcov as ParseLcov } from './lcov.ts';
import type { parseLocust as ParseLocust } from './locust.ts';
import type { parseSarif as ParseSarif } from './sarif.ts';

export const parseJunit: typeof ParseJunit = async (input, ctx, options) => (await import('./junit.ts')).parseJunit(input, ctx, options);
export const parseCobertura: typeof ParseCobertura = async (input, ctx, options) => (await import('./cobertura.ts')).parseCobertura(input, ctx, options);
export const parseJacoco: typeof ParseJacoco = async (input, ctx, options) => (await import('./jacoco.ts')).parseJacoco(input, ctx, options);
export const parseCheckstyle: typeof ParseCheckstyle = async (input, ctx, options) => (await import('./checkstyle.ts')).parseCheckstyle(input, ctx, options);
export const parseLcov: typeof ParseLcov = async (input, ctx) => (await import('./lcov.ts')).parseLcov(input, ctx);
export const parseIstanbulFinal: typeof ParseIstanbulFinal = async (input, ctx) => (await import('./istanbul.ts')).parseIstanbulFinal(input, ctx);
export const parseIstanbulSummary: typeof ParseIstanbulSummary = async (input, ctx) => (await import('./istanbul.ts')).parseIstanbulSummary(input, ctx);
export const parseSarif: typeof ParseSarif = async (input, ctx) => (await import('./sarif.ts')).parseSarif(input, ctx);
export const parseK6: typeof ParseK6 = async (input, ctx) => (await import('./k6.ts')).parseK6(input, ctx);
export const parseLocust: typeof ParseLocust = async (input, ctx) => (await import('./locust.ts')).parseLocust(input, ctx);
