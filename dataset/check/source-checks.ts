/**
 * Provenance: every plan fact's quote occurs verbatim in the source, its printed
 * value occurs in the quote, and the number it carries is the number printed.
 */
import { chineseDigitValue } from '../chinese-numerals.ts';
import { SEED_FILES, type SeedDataset } from '../seed-files.ts';
import type { SeedIssue } from './seed-issues.ts';

/** The numbers printed in a value text, in order: "3.5 万人" → [3.5]; "15:35:50" → [15, 35, 50]; "三次" → [3]. */
export function printedNumbers(valueText: string): number[] {
  const digits = valueText.replace(/\s+/g, '').match(/\d+(?:\.\d+)?/g);
  if (digits) return digits.map(Number);
  const chinese = [...valueText].map(chineseDigitValue).find((v) => v !== undefined);
  return chinese === undefined ? [] : [chinese];
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}

export function checkFactsAgainstSource(data: SeedDataset): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const file = SEED_FILES.facts.key;
  data.facts.forEach((fact, index) => {
    const report = (field: string, message: string) => issues.push({ file, row: index + 1, id: fact.id, field, message });
    if (fact.provenance !== 'PLAN') return;
    const { quote } = fact.source;
    if (!data.source.includes(quote)) report('source.quote', 'does not occur verbatim in the source text');
    if (!quote.includes(fact.valueText)) report('valueText', `"${fact.valueText}" does not occur in the quote`);
    const printed = printedNumbers(fact.valueText);
    if (fact.value !== null) {
      if (printed.length === 0) report('value', `is ${fact.value} but valueText "${fact.valueText}" prints no number`);
      else if (!sameNumber(printed[0]!, fact.value)) report('value', `is ${fact.value} but the source prints ${printed[0]} ("${fact.valueText}")`);
    }
    if (fact.valueParts !== null) {
      const same = fact.valueParts.length === printed.length && fact.valueParts.every((p, i) => sameNumber(p, printed[i]!));
      if (!same) report('valueParts', `are ${fact.valueParts.join(':')} but the source prints ${printed.join(':')}`);
    }
  });
  const mentions = SEED_FILES.regionMentions.key;
  data.regionMentions.forEach((m, index) => {
    if (!data.source.includes(m.quote)) {
      issues.push({ file: mentions, row: index + 1, id: m.region, field: 'quote', message: 'does not occur verbatim in the source text' });
    }
  });
  return issues;
}
