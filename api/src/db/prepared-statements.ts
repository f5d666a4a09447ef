import { createHash } from 'node:crypto';
import { Client, type QueryConfig } from 'pg';

/**
 * Statements with parameters go to Postgres as named (prepared) statements: on each
 * connection a text is parsed once, and later runs send only its name and the values. The
 * application's SQL is a fixed set of shapes (values are always parameters), so the names
 * are few; a planned list's statement is several kilobytes of text that would otherwise be
 * sent and parsed on every request. Postgres plans a prepared statement with its values for
 * the first runs and keeps a generic plan only when that costs no more (plan_cache_mode
 * auto). Row-level security stays exact: the role is fixed per connection and the policies
 * read the caller's scope when the statement runs.
 */
const MAX_NAMES = 2000;
const names = new Map<string, string>();

/** The statement's name, or undefined when this process already named as many as it keeps. */
function nameOf(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_NAMES) {
    name = `t${createHash('sha1').update(text).digest('base64url')}`;
    names.set(text, name);
  }
  return name;
}

/** pg's client with parameterised statements named: the pool's `Client` (pg Pool option). */
export class PreparingClient extends Client {
  constructor(...args: ConstructorParameters<typeof Client>) {
    super(...args);
    // Postgres may end a connection between two statements of a request (a shutdown, an
    // administrator): pg then emits 'error' on the client, and with no listener that ends the
    // process. The pool listens only while a client is idle; one checked out hears it here,
    // and its next statement fails as a lost connection (UNAVAILABLE, or another connection
    // when nothing was done yet).
    this.on('error', () => undefined);
  }

  // pg's overloads (promise, callback, stream) are passed through untouched but one.
  override query(...args: unknown[]): never {
    const [text, values] = args;
    if (typeof text === 'string' && Array.isArray(values) && values.length) {
      const name = nameOf(text);
      if (name) {
        const config: QueryConfig = { name, text, values };
        return (super.query as (...a: unknown[]) => never)(config, ...args.slice(2));
      }
    }
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}
