// A proxy on 127.0.0.1 that refuses every connection and records where it was going: Firefox sends all its
// traffic here, so a request from the extension's background page (which the page interception cannot see)
// or from Firefox itself shows up in `hosts` instead of leaving the machine.
import { createServer, type Server } from 'node:net';

export interface Recorder {
  port: number;
  /** "host:port" of every CONNECT, or the absolute URL of every plain-HTTP request, in arrival order. */
  hosts: string[];
  close(): Promise<void>;
}

export async function startRecorder(): Promise<Recorder> {
  const hosts: string[] = [];
  const server: Server = createServer((socket) => {
    socket.once('data', (chunk) => {
      const [method, target] = chunk.toString('latin1').split(' ', 2);
      hosts.push(method === 'CONNECT' ? (target ?? '?') : `${method} ${target}`);
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('recorder: no TCP address');
  return {
    port: address.port,
    hosts,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.unref();
      }),
  };
}
