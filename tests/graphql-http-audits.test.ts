/**
 * GraphQL over HTTP: npm start's server, as a real process on loopback, passes
 * every MUST audit of the graphql-http package (the GraphQL over HTTP spec's
 * reference suite). SHOULD audits are reported, not required.
 */
import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { useLocalServer } from './helpers/use-local-server.ts';

const server = useLocalServer();
const audits = serverAudits({ url: () => server.url, fetchFn: fetch });

describe('graphql-http server audits', () => {
  it('include MUST audits (a guard against an empty list)', () => {
    expect(audits.filter((audit) => audit.name.startsWith('MUST')).length).toBeGreaterThan(10);
  });

  it.each(audits.filter((audit) => audit.name.startsWith('MUST')).map((audit) => [audit.name, audit] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    expect(result.status, 'reason' in result ? String(result.reason) : '').toBe('ok');
  });
});
