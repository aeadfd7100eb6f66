/**
 * The published text lost its "+" signs (互联网+就业创业 became "互联网 就业创业").
 * This explicit list restores them in titles and texts. Quotes are never
 * normalised: they stay verbatim so they can be found in the source.
 * Each entry must still occur in the source; a test keeps the list honest.
 */
export const LOST_PLUS_SIGNS: ReadonlyArray<readonly [printed: string, restored: string]> = [
  ['互联网 就业创业', '互联网+就业创业'],
  ['互联网 职称', '互联网+职称'],
  ['互联网 调解仲裁', '互联网+调解仲裁'],
  ['互联网 人力资源服务', '互联网+人力资源服务'],
  ['人才 项目', '人才+项目'],
  ['人才 产业', '人才+产业'],
  ['人才 课题', '人才+课题'],
  ['1 X 证书', '1+X证书'],
  ['1 X证书', '1+X证书'],
];

/** Restores lost plus signs; returns the text and the list of restorations made. */
export function restorePlusSigns(text: string): { text: string; restored: string[] } {
  let result = text;
  const restored: string[] = [];
  for (const [printed, fixed] of LOST_PLUS_SIGNS) {
    if (result.includes(printed)) {
      result = result.split(printed).join(fixed);
      restored.push(`"${printed}" → "${fixed}"`);
    }
  }
  return { text: result, restored };
}
