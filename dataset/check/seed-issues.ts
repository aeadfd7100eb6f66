/** A problem found in a seed file, precise enough to fix: file, row, field. */
export interface SeedIssue {
  file: string;
  /** 1-based row in the file's array; absent for whole-file problems. */
  row?: number;
  /** The row's id, code or number, to find it without counting. */
  id?: string;
  /** Dotted path of the field, e.g. "source.quote". */
  field?: string;
  message: string;
}

export function formatSeedIssue(issue: SeedIssue): string {
  const row = issue.row === undefined ? '' : ` row ${issue.row}${issue.id ? ` (${issue.id})` : ''}`;
  const field = issue.field ? ` field ${issue.field}` : '';
  return `${issue.file}${row}${field}: ${issue.message}`;
}

/** Thrown when seeds fail validation; nothing from them may be loaded or served. */
export class SeedValidationError extends Error {
  readonly issues: readonly SeedIssue[];
  constructor(issues: readonly SeedIssue[]) {
    const shown = issues.slice(0, 20).map(formatSeedIssue);
    const more = issues.length > shown.length ? [`… and ${issues.length - shown.length} more`] : [];
    super([`seed validation failed with ${issues.length} issue(s):`, ...shown, ...more].join('\n  '));
    this.name = 'SeedValidationError';
    this.issues = issues;
  }
}
