// Deterministic large reports for the parser benchmarks, written once per size into .cache/bench.
import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';

async function write(path: string, produce: (emit: (chunk: string) => Promise<void>) => Promise<void>): Promise<string> {
  if (existsSync(path)) return path;
  const tmp = `${path}.partial`;
  const out = createWriteStream(tmp);
  const emit = async (chunk: string): Promise<void> => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  await produce(emit);
  out.end();
  await once(out, 'finish');
  renameSync(tmp, path);
  return path;
}

export interface Workload {
  junit: string;
  lcov: string;
  sarif: string;
}

export async function generate(dir: string, scale = 1): Promise<Workload> {
  mkdirSync(dir, { recursive: true });
  const cases = Math.round(200_000 * scale);
  const lcovLines = Math.round(500_000 * scale);
  const results = Math.round(50_000 * scale);

  const junit = await write(join(dir, `junit-${cases}.xml`), async (emit) => {
    await emit('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bench">\n');
    const perSuite = 100;
    for (let s = 0; s < cases / perSuite; s++) {
      let body = `  <testsuite name="suite.${s}" tests="${perSuite}" failures="0" errors="0" skipped="0" time="1.5" timestamp="2026-01-01T00:00:00">\n`;
      for (let c = 0; c < perSuite; c++) {
        const n = s * perSuite + c;
        const attrs = `classname="com.example.module${s % 50}.Class${s}" name="test case number ${c} &amp; more" file="src/module${s % 50}/class-${s}.ts" line="${10 + c}" time="0.0${c % 10}"`;
        if (n % 20 === 0) {
          body += `    <testcase ${attrs}>\n      <failure message="expected 1 to be 2" type="AssertionError">AssertionError: expected 1 to be 2\n    at Object.&lt;anonymous&gt; (src/module${s % 50}/class-${s}.ts:${10 + c}:5)\n    at run (node_modules/runner/index.js:42:7)</failure>\n    </testcase>\n`;
        } else if (n % 50 === 1) {
          body += `    <testcase ${attrs}><skipped message="not today"/></testcase>\n`;
        } else {
          body += `    <testcase ${attrs}/>\n`;
        }
      }
      await emit(`${body}  </testsuite>\n`);
    }
    await emit('</testsuites>\n');
  });

  const lcov = await write(join(dir, `lcov-${lcovLines}.info`), async (emit) => {
    const perFile = 96; // DA lines; plus TN, SF, 2 FN, 2 FNDA, FNF, FNH, LF, LH, end_of_record = 107 lines per record
    const files = Math.ceil(lcovLines / (perFile + 11));
    for (let f = 0; f < files; f++) {
      let rec = `TN:\nSF:/home/runner/work/app/app/src/pkg${f % 100}/file-${f}.ts\nFN:1,alpha\nFN:40,beta\nFNDA:3,alpha\nFNDA:0,beta\nFNF:2\nFNH:1\n`;
      let hit = 0;
      for (let l = 1; l <= perFile; l++) {
        const h = (l * 7 + f) % 5 === 0 ? 0 : (l % 13) + 1;
        if (h > 0) hit++;
        rec += `DA:${l},${h}\n`;
      }
      await emit(`${rec}LF:${perFile}\nLH:${hit}\nend_of_record\n`);
    }
  });

  const sarif = await write(join(dir, `sarif-${results}.sarif`), async (emit) => {
    const rules = Array.from({ length: 50 }, (_, i) => ({
      id: `rule-${i}`,
      shortDescription: { text: `Rule ${i}` },
      defaultConfiguration: { level: i % 3 === 0 ? 'error' : 'warning' },
      properties: { 'security-severity': String((i % 10) + 0.5) },
    }));
    await emit(`{"version":"2.1.0","$schema":"https://json.schemastore.org/sarif-2.1.0.json","runs":[{"tool":{"driver":{"name":"BenchLint","version":"1.0.0","rules":${JSON.stringify(rules)}}},"results":[`);
    for (let r = 0; r < results; r++) {
      const result = {
        ruleId: `rule-${r % 50}`,
        ruleIndex: r % 50,
        level: r % 3 === 0 ? 'error' : 'warning',
        message: { text: `Finding ${r}: something questionable happens in this expression` },
        locations: [{ physicalLocation: { artifactLocation: { uri: `src/pkg${r % 100}/file-${r % 5000}.ts`, uriBaseId: '%SRCROOT%' }, region: { startLine: (r % 400) + 1, startColumn: 5, endColumn: 30 } } }],
        partialFingerprints: { primaryLocationLineHash: `${(r * 2654435761) % 4294967296}:1` },
      };
      await emit(`${r === 0 ? '' : ','}${JSON.stringify(result)}`);
    }
    await emit(']}]}\n');
  });
  return { junit, lcov, sarif };
}
