import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { ServiceRegistry } from './graphql/registry';
import { MODULES } from './modules';
import type { ModuleDeps } from './modules/trident-module';

export type Services = ServiceRegistry;

/**
 * Stateless services, built once per server from each module's manifest; per-request state
 * travels in the caller. Aggregates read through `analyticsDb`.
 */
export function createServices(
  db: DataSource,
  config: ModuleDeps['config'],
  log: Pick<Logger, 'warn'>,
  analyticsDb: DataSource = db,
): Services {
  const deps: ModuleDeps = { db, analyticsDb, config, log };
  return Object.assign({}, ...MODULES.map((module) => module.services?.(deps) ?? {})) as Services;
}
