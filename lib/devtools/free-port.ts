import net from 'node:net';

/** `preferred` when nothing listens there, else the next free port above it. */
export async function freePort(preferred: number, attempts = 20): Promise<number> {
  for (let port = preferred; port < preferred + attempts; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(false));
      server.listen(port, () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port between ${preferred} and ${preferred + attempts - 1}`);
}
