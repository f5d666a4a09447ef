import type { DataSource } from 'typeorm';
import { MODULES } from '../modules';
import type { AccountScope } from '../modules/accounts/account-scope';
import type { LoaderFactory } from '../modules/trident-module';
import type { LoaderRegistry } from './registry';

export type Loaders = LoaderRegistry;

const STATE = Symbol('loaders');

/** What a request's loaders are made from; each module's loaders are made on first use. */
class RequestLoaders {
  // Under a symbol, so no module's loader name can collide with it.
  readonly [STATE]: {
    made: Record<string, unknown>;
    args: Parameters<LoaderFactory<unknown>>;
  };
  constructor(...args: Parameters<LoaderFactory<unknown>>) {
    this[STATE] = { made: {}, args };
  }
}

// The getters are defined once per process on the prototype: a request only allocates the
// object above, not a property and a closure per module.
for (const module of MODULES) {
  for (const [key, make] of Object.entries(module.loaders ?? {})) {
    Object.defineProperty(RequestLoaders.prototype, key, {
      get(this: RequestLoaders) {
        const state = this[STATE];
        return (state.made[key] ??= (make as LoaderFactory<unknown>)(...state.args));
      },
    });
  }
}

/**
 * Fresh loaders for every request, from each module's manifest, built from the caller's
 * scope (and the request's "today", for loaders that compare dates with it, and the caller's
 * id): a cache never crosses users.
 */
export function createLoaders(
  db: DataSource,
  scope: () => Promise<AccountScope>,
  today: () => string,
  viewerId: () => string,
  timeZone: string,
): Loaders {
  return new RequestLoaders(db, scope, today, viewerId, timeZone) as unknown as Loaders;
}
