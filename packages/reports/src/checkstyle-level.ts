import type { FindingLevel } from './model.ts';

/** Rule id for findings whose producer names no `source` (PHPStan, Phan). */
export const CHECKSTYLE_NO_RULE = 'checkstyle.unspecified';

/** cs2pr's mapping, with Checkstyle's own `info`/`ignore` as notes. */
export function checkstyleLevel(severity: string | undefined): FindingLevel {
  switch (severity?.trim().toLowerCase()) {
    case 'error':
    case 'failure':
    case 'fatal':
      return 'error';
    case 'info':
    case 'notice':
    case 'ignore':
    case 'hint':
      return 'note';
    default:
      return 'warning';
  }
}
