import { isScalar, isSeq } from 'yaml';
import type { Scalar } from 'yaml';
import { resolveUses } from './references.ts';
import { entries, entry, listActionMetadataFiles, listWorkflowFiles, readYaml } from './repo.ts';
import type { Problem, YamlFile } from './repo.ts';

interface StepNodes {
  where: string;
  run?: Scalar;
  uses?: Scalar;
}

/** The steps of every job of a workflow (and each job-level reusable workflow call), and of a composite action. */
function steps(yaml: YamlFile): StepNodes[] {
  const top = yaml.document.contents;
  const collect = (seq: unknown, prefix: string): StepNodes[] => {
    if (!isSeq(seq)) return [];
    return seq.items.map((step, index) => {
      const found: StepNodes = { where: `${prefix}[${index}]` };
      const run = entry(step, 'run')?.value;
      const uses = entry(step, 'uses')?.value;
      if (isScalar(run)) found.run = run;
      if (isScalar(uses)) found.uses = uses;
      return found;
    });
  };
  const found = entries(entry(top, 'jobs')?.value).flatMap((job) => {
    const id = String(job.key.value);
    const uses = entry(job.value, 'uses')?.value;
    // A job-level uses calls a reusable workflow; a third-party one needs a pin as much as an action does.
    const call: StepNodes[] = isScalar(uses) ? [{ where: `jobs.${id}`, uses }] : [];
    return [...call, ...collect(entry(job.value, 'steps')?.value, `jobs.${id}.steps`)];
  });
  found.push(...collect(entry(entry(top, 'runs')?.value, 'steps')?.value, 'runs.steps'));
  return found;
}

function defaultFiles(root: string): string[] {
  return [...listWorkflowFiles(root), ...listActionMetadataFiles(root)];
}

const PINNED = /^[^@\s]+@[0-9a-f]{40}$/;
const VERSION_COMMENT = /#\s*v?\d+(\.\d+)*\b/;

/**
 * Third-party actions must be pinned to a full commit SHA (a tag can be moved under
 * us) with the version in a trailing comment so reviewers can read the pin.
 * Our own actions and local paths are exempt; docker images must be pinned by digest.
 */
export function checkPinnedActions(root: string, files: string[] = defaultFiles(root)): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    const yaml = readYaml(root, file);
    const lines = yaml.source.split('\n');
    for (const step of steps(yaml)) {
      if (!step.uses) continue;
      const uses = String(step.uses.value);
      const at = { file, ...yaml.position(step.uses) };
      if (uses.startsWith('./') || uses === '.' || resolveUses(uses, { local: false }) !== undefined) continue;
      if (uses.startsWith('docker://')) {
        if (!/@sha256:[0-9a-f]{64}$/.test(uses)) problems.push({ ...at, message: `${step.where} '${uses}' must pin the image by digest (@sha256:...).` });
        continue;
      }
      if (!PINNED.test(uses)) {
        problems.push({ ...at, message: `${step.where} '${uses}' must be pinned to a full 40-character commit SHA, with the version in a comment.` });
      } else if (!VERSION_COMMENT.test(lines[(at.line ?? 1) - 1]?.slice((at.column ?? 1) - 1 + uses.length) ?? '')) {
        problems.push({ ...at, message: `${step.where} '${uses}' needs the version it pins in a trailing comment, such as '# v5.0.0'.` });
      }
    }
  }
  return problems;
}

/** Contexts an outsider controls: a pull request title or branch name can carry shell. */
const UNTRUSTED = /\$\{\{[^}]*\bgithub\.(event\.|head_ref\b)/;

/** `run:` scripts must take untrusted context through `env:`, never by `${{ }}` interpolation. */
export function checkScriptInjection(root: string, files: string[] = defaultFiles(root)): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    const yaml = readYaml(root, file);
    for (const step of steps(yaml)) {
      if (step.run && UNTRUSTED.test(String(step.run.value))) {
        problems.push({
          file,
          ...yaml.position(step.run),
          message: `${step.where} interpolates github.event/github.head_ref into a run script; pass it through env: and use the variable instead.`,
        });
      }
    }
  }
  return problems;
}
