import { Client } from 'pg';

/**
 * One key for "setting up this database" (migrations, demo seed), the same in every API
 * process and worker: derived from a fixed name so it never collides with other advisory
 * locks taken on the same server.
 */
const STARTUP_LOCK = "hashtext('trident:startup')";

/**
 * Runs `setUp` while holding a session advisory lock on the database, on a connection of its
 * own: when several replicas start together on an empty database, one migrates and seeds, the
 * others wait here and then find nothing left to do. The lock goes with the connection, so a
 * process that dies mid-way frees it for the next.
 */
export async function withStartupLock<T>(url: string, setUp: () => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'trident-startup' });
  await client.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(${STARTUP_LOCK})`);
    try {
      return await setUp();
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${STARTUP_LOCK})`);
    }
  } finally {
    await client.end();
  }
}
