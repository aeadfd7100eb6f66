/** Moved to core/logger.ts, which CLIs import without reaching into functions/; this path is kept for existing imports. */
export * from '../core/logger.ts';
