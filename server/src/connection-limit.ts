/**
 * At most `max` open connections per client address on a Node HTTP server: a further connection
 * from the same address is closed as soon as it is accepted, before any of its bytes is read, so a
 * client cannot take the server's attention by opening many connections. Browsers open at most 6
 * per host. Not for use behind a reverse proxy (every connection then comes from the proxy; limit
 * connections there instead).
 */
import type { Server } from 'node:http';

/** Applies the limit to `server`; returns a function that tells the open connections per address. */
export function limitConnectionsPerClient(server: Server, max: number): () => Map<string, number> {
  const open = new Map<string, number>();
  server.on('connection', (socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const count = open.get(address) ?? 0;
    if (count >= max) {
      socket.destroy();
      return;
    }
    open.set(address, count + 1);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left <= 0) open.delete(address);
      else open.set(address, left);
    });
  });
  return () => new Map(open);
}
