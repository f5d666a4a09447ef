import type { MigrationInterface } from 'typeorm';
import { MODULES } from '../modules';

/** The timestamp every migration class ends its name with (`Foundation1795590955531`). */
const stamp = (migration: new () => MigrationInterface) => Number(/\d+$/.exec(migration.name)?.[0]);

/**
 * Every migration, from the modules that own them, in timestamp order. Never edit one that
 * has been committed: add a new one to its module's manifest.
 */
export const MIGRATIONS = MODULES.flatMap((module) => module.migrations).sort(
  (a, b) => stamp(a) - stamp(b),
);
