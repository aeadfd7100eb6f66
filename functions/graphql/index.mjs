// Lambda entry point. Lambda loads .mjs/.js handlers only; Node 24 (nodejs24.x)
// strips the TypeScript types of handler.ts when this module imports it.
export { handler } from './handler.ts';
