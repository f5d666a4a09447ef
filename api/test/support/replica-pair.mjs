// A primary and a real streaming standby (hot standby) from the embedded Postgres binaries, for
// the read-replica test. The package ships only initdb, pg_ctl and postgres — no pg_basebackup —
// so the base backup uses the server's low-level API: a physical replication slot (the primary
// keeps the WAL the standby needs), pg_backup_start, a file copy, pg_backup_stop's label file;
// then standby.signal and primary_conninfo. Prints one JSON line with both URLs; stops both
// servers and removes their folders when stdin closes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import pg from 'pg';
import { freePort, startEmbeddedPostgres } from '../../scripts/embedded-postgres.mjs';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'trident-replica-'));
fs.chmodSync(root, 0o755); // the postgres user (when we run as root) must enter it
let primary = null;
let standby = null;

const say = (event) => process.stdout.write(`${JSON.stringify(event)}\n`);

async function start() {
  const primaryPort = await freePort();
  primary = await startEmbeddedPostgres({
    dataDir: path.join(root, 'primary'),
    port: primaryPort,
    fast: true,
  });
  const client = new pg.Client({ connectionString: primary.url });
  await client.connect();
  const standbyDir = path.join(root, 'standby');
  try {
    await client.query(`SELECT pg_create_physical_replication_slot('trident_standby', true)`);
    await client.query(`SELECT pg_backup_start('trident-standby', true)`);
    // Files may change or vanish while the server runs (that is what the label's WAL replay
    // repairs): cp reports them and goes on.
    spawnSync('cp', ['-a', primary.dataDir, standbyDir]);
    const { rows } = await client.query(`SELECT labelfile FROM pg_backup_stop(false)`);
    const owner = fs.statSync(standbyDir);
    const write = (name, text, flag = 'w') => {
      const file = path.join(standbyDir, name);
      fs.writeFileSync(file, text, { mode: 0o600, flag });
      fs.chownSync(file, owner.uid, owner.gid);
    };
    for (const name of ['postmaster.pid', 'postmaster.opts'])
      fs.rmSync(path.join(standbyDir, name), { force: true });
    for (const dir of ['pg_wal', 'pg_replslot'])
      for (const entry of fs.readdirSync(path.join(standbyDir, dir)))
        if (entry !== 'archive_status' && entry !== 'summaries')
          fs.rmSync(path.join(standbyDir, dir, entry), { recursive: true, force: true });
    write('backup_label', rows[0].labelfile);
    write('standby.signal', '');
    write(
      'postgresql.auto.conf',
      `\nprimary_conninfo = 'host=127.0.0.1 port=${primaryPort} user=postgres password=postgres application_name=trident_standby'\n` +
        `primary_slot_name = 'trident_standby'\nhot_standby = on\n`,
      'a',
    );
  } finally {
    await client.end();
  }
  standby = await startEmbeddedPostgres({
    dataDir: standbyDir,
    port: await freePort(),
    fast: true,
  });
  say({ event: 'started', primaryUrl: primary.url, standbyUrl: standby.url });
}

async function stop() {
  await standby?.stop();
  await primary?.stop();
  fs.rmSync(root, { recursive: true, force: true });
}

start().catch((error) => say({ event: 'error', message: String(error?.stack ?? error) }));
readline
  .createInterface({ input: process.stdin })
  .on('close', () => stop().finally(() => process.exit(0)));
