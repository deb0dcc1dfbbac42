// Stand-in for mikefarah's `yq` (v4, on GitHub's Ubuntu runners), which this machine lacks; its
// Debian `yq` is a different program (a jq wrapper that prints JSON strings quoted). It reads the
// YAML document (a file argument or stdin), hands it to jq and prints raw scalars, which is what
// yq v4 prints for the expressions the workflows use (`to_entries | .[0].value[0] // ""`).
// Usage: yq [eval] <expression> [file]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const args = process.argv.slice(2);
if (args[0] === 'eval' || args[0] === 'e') args.shift();
const [expression, file, ...rest] = args;
if (expression === undefined || expression.startsWith('-') || rest.length > 0) {
  process.stderr.write(`yq stand-in: only 'yq [eval] <expression> [file]' is supported, got: ${process.argv.slice(2).join(' ')}\n`);
  process.exitCode = 2;
} else {
  const text = readFileSync(file ?? 0, 'utf8');
  const result = spawnSync('jq', ['-r', expression], { input: JSON.stringify(parse(text) ?? null), encoding: 'utf8' });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr.replace(/^jq: /gm, 'Error: '));
  process.exitCode = result.status ?? 1;
}
