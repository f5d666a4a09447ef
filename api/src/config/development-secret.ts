import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const FILE = 'jwt-secret';

/**
 * Outside production, when no JWT_SECRET is given: a random secret made on the first start
 * and kept with the data (mode 0600), so sessions survive a restart but nobody can sign a
 * token with a secret printed in the source. Production refuses to start without one.
 */
export function developmentSecret(dataDir: string): string {
  const file = path.join(dataDir, FILE);
  try {
    const kept = fs.readFileSync(file, 'utf8').trim();
    if (kept.length >= 32) return kept;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  // `wx` fails if another process made it meanwhile: then theirs is the one.
  try {
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return fs.readFileSync(file, 'utf8').trim();
  }
}
