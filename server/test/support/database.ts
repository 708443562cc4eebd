import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

function adminUrl() {
  const url = process.env.TEST_ADMIN_DATABASE_URL;
  if (!url) throw new Error('run the tests with `npm test` (test/run.ts sets up PostgreSQL)');
  return url;
}

async function withAdmin<T>(work: (client: Client) => Promise<T>) {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the test server; `drop` removes it. */
export async function createTestDatabase() {
  const name = `hpf_test_${randomBytes(6).toString('hex')}`;
  await withAdmin((client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withAdmin((client) => client.query(`drop database if exists ${name} with (force)`)),
  };
}

/** Runs SQL directly, for setting up situations the API cannot make (time passing). */
export async function sql<T = Record<string, unknown>>(
  url: string,
  text: string,
  params: unknown[] = [],
) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}
