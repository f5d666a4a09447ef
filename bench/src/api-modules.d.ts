// The parts of the API package the bench uses, typed here: the package ships no declarations.
declare module '@trident/api/scripts/embedded-postgres.mjs' {
  export function startEmbeddedPostgres(options: {
    dataDir: string;
    port: number;
  }): Promise<{ url: string; stop(): Promise<void> }>;
  export function ensureDatabase(serverUrl: string, name: string): Promise<string>;
  export function freePort(): Promise<number>;
}

// The API is compiled CommonJS without declarations: the entry points the bench uses.
declare module '@trident/api/dist/main.js' {
  export function startApi(
    env: NodeJS.ProcessEnv,
  ): Promise<{ url: string; close(): Promise<void> }>;
}

declare module '@trident/api/dist/worker.js' {
  export function startWorker(
    env: NodeJS.ProcessEnv,
  ): Promise<{ caughtUp: Promise<void>; close(): Promise<void> }>;
}

declare module '@trident/api/dist/db/data-source.js' {
  /** `as: 'owner'` connects as the URL's user (migrations, seeding), not the app role. */
  export function createDataSource(options: { url: string; as?: 'app' | 'owner' }): {
    initialize(): Promise<unknown>;
    runMigrations(options: { transaction: 'each' }): Promise<unknown[]>;
    destroy(): Promise<void>;
  };
}

declare module '@trident/api/dist/demo/seed-demo.js' {
  /** Loads the demo data set (users, accounts, customer maps, deals, tasks, contracts). */
  export function seedDemoData(db: unknown): Promise<boolean>;
}
