/**
 * A fresh PostgreSQL database per test for the clinic adapter. CI sets
 * HEADWAY_TEST_PG_URL (.ci/run installs and starts PostgreSQL); without it the PostgreSQL
 * suites are skipped locally and fail under CI, so CI can never silently skip them.
 */
import pg from 'pg';

export const PG_ADMIN_URL = process.env['HEADWAY_TEST_PG_URL'];
export const PG_REQUIRED = process.env['CI'] !== undefined && process.env['CI'] !== '';

const created: string[] = [];

export async function freshDatabaseUrl(): Promise<string> {
  if (!PG_ADMIN_URL) throw new Error('HEADWAY_TEST_PG_URL is not set');
  const name = `headway_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  created.push(name);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropCreatedDatabases(): Promise<void> {
  if (!PG_ADMIN_URL || created.length === 0) return;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  for (const name of created.splice(0)) await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
