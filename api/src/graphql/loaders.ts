import type { DataSource } from 'typeorm';
import { MODULES } from '../modules';
import type { AccountScope } from '../modules/accounts/account-scope';
import type { LoaderFactory } from '../modules/trident-module';
import type { LoaderRegistry } from './registry';

export type Loaders = LoaderRegistry;

/**
 * Fresh loaders for every request, from each module's manifest, built from the caller's
 * scope (and the request's "today", for loaders that compare dates with it, and the caller's
 * id): a cache never crosses users. Each loader is made on first use.
 */
export function createLoaders(
  db: DataSource,
  scope: () => Promise<AccountScope>,
  today: () => string,
  viewerId: () => string,
): Loaders {
  const loaders: Record<string, unknown> = {};
  for (const module of MODULES) {
    for (const [key, make] of Object.entries(module.loaders ?? {})) {
      let made: unknown;
      Object.defineProperty(loaders, key, {
        enumerable: true,
        get: () => (made ??= (make as LoaderFactory<unknown>)(db, scope, today, viewerId)),
      });
    }
  }
  return loaders as unknown as Loaders;
}
