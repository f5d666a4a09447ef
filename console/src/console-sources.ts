import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The console's own pages (`.tsx`, not tests, not generated), as [file, text]: for tests that hold every page to a rule. */
export const CONSOLE_ROOT = path.resolve(__dirname);

export function consoleSources(dir: string = CONSOLE_ROOT): [string, string][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : consoleSources(file);
    return /\.tsx$/.test(entry.name) && !/\.test\./.test(entry.name)
      ? [[file, readFileSync(file, 'utf8')] as [string, string]]
      : [];
  });
}
