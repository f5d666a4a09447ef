import net from 'node:net';

/**
 * A TCP relay in front of Postgres that counts the statements clients send, read off the
 * wire protocol: a simple-protocol Query ('Q') or an extended-protocol Execute ('E') is
 * one statement. Every server under test (Trident, PostGraphile, the SQL peer) talks to
 * Postgres through it, so all three are counted the same way, whatever their driver.
 */
export interface WireCounter {
  url: string;
  statements(): number;
  close(): Promise<void>;
}

export async function startWireCounter(databaseUrl: string): Promise<WireCounter> {
  const upstream = new URL(databaseUrl);
  let count = 0;
  const sockets = new Set<net.Socket>();

  const server = net.createServer((client) => {
    const db = net.connect(Number(upstream.port || 5432), upstream.hostname);
    sockets.add(client).add(db);
    let startup = true;
    let pending: Buffer = Buffer.alloc(0);
    client.on('data', (chunk: Buffer) => {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      // The startup packet has no type byte; every later message is type + int32 length.
      for (;;) {
        if (startup) {
          if (pending.length < 4) break;
          const length = pending.readInt32BE(0);
          if (pending.length < length) break;
          pending = pending.subarray(length);
          startup = false;
          continue;
        }
        if (pending.length < 5) break;
        const length = pending.readInt32BE(1);
        if (pending.length < length + 1) break;
        const type = pending[0];
        if (type === 0x51 /* Q */ || type === 0x45 /* E */) count += 1;
        pending = pending.subarray(length + 1);
      }
      db.write(chunk);
    });
    db.pipe(client);
    const end = () => {
      client.destroy();
      db.destroy();
      sockets.delete(client);
      sockets.delete(db);
    };
    client.on('error', end).on('close', end);
    db.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(address.port);
  return {
    url: url.toString(),
    statements: () => count,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
