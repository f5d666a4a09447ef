// The Trident peer: the production API process (NODE_ENV=production, worker off so
// nothing runs in the background while statements are counted).
import { announce } from './ready';

async function main() {
  const { startApi } = await import('@trident/api/dist/main.js');
  const api = await startApi(process.env);
  announce(Number(new URL(api.url).port));
  process.on('SIGTERM', () => void api.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
