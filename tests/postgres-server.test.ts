/** The throwaway PostgreSQL server from tests/support/global-setup.ts (or TEST_DATABASE_URL). */
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';

const url = inject('databaseUrl');

describe.skipIf(!url)('test PostgreSQL server', () => {
  const pool = new pg.Pool({ connectionString: url ?? undefined, max: 2 });
  afterAll(() => pool.end());

  it('is PostgreSQL 14 or newer', async () => {
    const { rows } = await pool.query<{ v: string }>(`select current_setting('server_version_num') as v`);
    expect(Number(rows[0]?.v)).toBeGreaterThanOrEqual(140000);
  });

  it('listens on loopback', async () => {
    const { rows } = await pool.query<{ addr: string | null }>('select host(inet_server_addr()) as addr');
    expect(rows[0]?.addr).toBe('127.0.0.1');
  });

  it('stores and returns Chinese text unchanged', async () => {
    const client = await pool.connect();
    try {
      await client.query('create temp table place (name text not null)');
      await client.query('insert into place (name) values ($1)', ['驻马店']);
      const { rows } = await client.query<{ name: string; bytes: number; encoding: string }>(
        `select name, octet_length(name) as bytes, current_setting('server_encoding') as encoding from place`,
      );
      expect(rows).toEqual([{ name: '驻马店', bytes: 9, encoding: 'UTF8' }]);
    } finally {
      client.release();
    }
  });
});
