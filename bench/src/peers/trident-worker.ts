// The workers as their own process (escalations, outgoing messages), as `node dist/worker.js`
// runs them beside API processes started with ESCALATION_WORKER=off and DELIVERY_WORKER=off.
// It listens on nothing: "ready" (port 0) once the run at start has finished.
import { announce } from './ready';

async function main() {
  const { startWorker } = await import('@trident/api/dist/worker.js');
  const worker = await startWorker(process.env);
  await worker.caughtUp;
  announce(0);
  process.on('SIGTERM', () => void worker.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
