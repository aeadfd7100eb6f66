/** Moved to core/config.ts, which CLIs import without reaching into functions/; this path is kept for existing imports. */
export * from '../core/config.ts';
