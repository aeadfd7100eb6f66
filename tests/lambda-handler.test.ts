/** The real Lambda handler, fed API Gateway HTTP API v2 events. */
import { describe, expect, it } from 'vitest';
import { handler } from '../functions/graphql/handler.ts';
import { getEvent, lambdaContext, postEvent } from './helpers/lambda.ts';

async function invoke(event: Parameters<typeof handler>[0]) {
  const result = (await handler(event, lambdaContext()));
  return { status: result.statusCode, headers: result.headers ?? {}, json: JSON.parse(result.body ?? 'null') };
}

describe('Lambda handler (API Gateway HTTP API v2)', () => {
  it('answers a POST', async () => {
    const { status, headers, json } = await invoke(postEvent({ query: '{ chapters { number title } }' }));
    expect(status).toBe(200);
    expect(String(headers['content-type'])).toMatch(/application\/(graphql-response\+)?json/);
    expect(json.data.chapters).toHaveLength(13);
  });

  it('answers a POST with variables and a base64-encoded body', async () => {
    const body = { query: 'query($code: ID!) { indicator(code: $code) { name target { value } } }', variables: { code: 'I04' } };
    const { status, json } = await invoke(postEvent(body, { base64: true }));
    expect(status).toBe(200);
    expect(json.data.indicator).toEqual({ name: '高技能人才总量', target: { value: 9 } });
  });

  it('answers a GET with the operation in the query string', async () => {
    const { status, json } = await invoke(getEvent(
      { query: 'query($n: Int!) { chapter(number: $n) { title } }', variables: JSON.stringify({ n: 8 }) },
      { 'apollo-require-preflight': 'true' },
    ));
    expect(status).toBe(200);
    expect(json.data.chapter.title).toBe('坚持经济发展就业导向,不断扩大就业总量');
  });

  it('refuses a GET that could be a cross-site request (CSRF prevention)', async () => {
    const { status, json } = await invoke(getEvent({ query: '{ plan { title } }' }));
    expect(status).toBe(400);
    expect(JSON.stringify(json)).toMatch(/CSRF/);
  });

  it('returns 400 with a named error for a query that does not parse', async () => {
    const { status, json } = await invoke(postEvent({ query: '{ chapters { number ' }));
    expect(status).toBe(400);
    expect(json.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('returns BAD_USER_INPUT naming the argument', async () => {
    const { json } = await invoke(postEvent({ query: '{ facts(first: -1) { totalCount } }' }));
    expect(json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });
});
