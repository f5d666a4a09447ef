import net from 'node:net';

export interface PgProxy {
  /** The database's URL with the proxy's port in it. */
  url: string;
  /** Connections opened through the proxy so far. */
  opened(): number;
  /**
   * Every open connection goes half-open, as behind a firewall that dropped them: Postgres
   * sees its side closed and ends the backend, while the client hears nothing until it next
   * writes, which is answered with a reset.
   */
  severAll(): void;
  close(): Promise<void>;
}

/** A TCP proxy in front of Postgres that can cut connections without the client knowing. */
export async function startPgProxy(databaseUrl: string): Promise<PgProxy> {
  const target = new URL(databaseUrl);
  const pairs = new Set<{ client: net.Socket; upstream: net.Socket; severed: boolean }>();
  let opened = 0;
  const server = net.createServer((client) => {
    opened += 1;
    const upstream = net.connect(Number(target.port), target.hostname);
    const pair = { client, upstream, severed: false };
    pairs.add(pair);
    client.on('data', (chunk) => {
      if (pair.severed) client.resetAndDestroy();
      else upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (!pair.severed) client.write(chunk);
    });
    client.on('close', () => {
      pairs.delete(pair);
      upstream.destroy();
    });
    upstream.on('close', () => {
      if (!pair.severed) client.destroy();
    });
    client.on('error', () => undefined);
    upstream.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as net.AddressInfo).port);
  return {
    url: url.toString(),
    opened: () => opened,
    severAll() {
      for (const pair of pairs) {
        pair.severed = true;
        pair.upstream.destroy();
      }
    },
    async close() {
      for (const pair of pairs) pair.client.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
