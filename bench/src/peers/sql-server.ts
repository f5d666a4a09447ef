// The hand-written SQL peer (the limit): a bare Node HTTP server with a pg pool of the
// same size as Trident's, answering each shape with the one SQL statement that answers
// it and writing the rows as JSON — no GraphQL, no auth, no scoping.
import http from 'node:http';
import { Pool } from 'pg';
import { READ_SHAPES, q3, q5, type BenchParams, type WriterDeal } from '../shapes';
import { announce } from './ready';

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
});
const params = JSON.parse(process.env.BENCH_PARAMS ?? '{}') as BenchParams;

async function answer(path: string, body: Record<string, unknown>): Promise<unknown> {
  if (path === '/Q3') return q3.sql(pool, (body.after as string | null) ?? null);
  if (path === '/Q5')
    return q5.sql(pool, body.deal as WriterDeal, body.stageId as string, body.version as number);
  const shape = READ_SHAPES.find((s) => `/${s.id}` === path);
  if (!shape?.sql) throw new Error(`no SQL for ${path}`);
  return shape.sql(pool, params);
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const body = chunks.length
      ? (JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>)
      : {};
    answer(req.url ?? '/', body).then(
      (data) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data }));
      },
      (error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: String(error) }));
      },
    );
  });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  announce((server.address() as { port: number }).port);
});
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
