/** Moved to dataset/chinese-numerals.ts: validation reads Chinese numerals too, and the Lambda bundle holds no extractor module. */
export { chineseDigitValue, parseChineseCount, parseChineseDigitYear } from '../chinese-numerals.ts';
