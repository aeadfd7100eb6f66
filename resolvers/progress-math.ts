/**
 * The progress domain module's public face, kept at its old path for the callers
 * and tests that import it: the rules themselves live in resolvers/progress/, one
 * module per treatment (progress/index.ts says where each one is).
 */
export * from './progress/index.ts';
