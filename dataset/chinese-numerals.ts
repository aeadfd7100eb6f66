/** Chinese numerals as the plan prints them in headings (第十三章) and years (二〇三五年). */

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, '0': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Parses a counting numeral from 一 to 九十九 (一, 十, 十三, 二十一). */
export function parseChineseCount(text: string): number {
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') throw new Error(`not a Chinese counting numeral: "${text}"`);
  const [, tensDigit, ten, units] = match;
  if (!ten) {
    if (tensDigit === undefined || units !== undefined) throw new Error(`not a Chinese counting numeral: "${text}"`);
    return DIGITS[tensDigit]!;
  }
  const tens = tensDigit === undefined ? 1 : DIGITS[tensDigit]!;
  return tens * 10 + (units === undefined ? 0 : DIGITS[units]!);
}

/**
 * Parses a year written digit by digit (二〇三五 → 2035). The source mixes 〇 with
 * an ASCII 0 (二0三五), so both are accepted.
 */
export function parseChineseDigitYear(text: string): number {
  if (!/^[〇零0一二三四五六七八九]{4}$/.test(text)) throw new Error(`not a digit-by-digit year: "${text}"`);
  return Number([...text].map((ch) => DIGITS[ch]).join(''));
}

/** The value of a single Chinese numeral character, or undefined. */
export function chineseDigitValue(ch: string): number | undefined {
  return DIGITS[ch];
}
