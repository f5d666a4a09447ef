/** Tells the bench (over IPC) that this server listens, and on which port. */
export function announce(port: number): void {
  if (process.send) process.send({ ready: port });
  else process.stdout.write(`listening on ${port}\n`);
}
