import { createServer } from 'node:net';

/**
 * Ports handed to separately started programs are picked here, below the kernel's ephemeral
 * range (32768 and up by default): a random port inside that range can be taken as the source
 * port of some outgoing connection between our check and the program's bind, which collided.
 * In-process servers should listen on port 0 instead; only other processes need a number up front.
 */
const LOW = 20_000;
const HIGH = 32_000;
const handedOut = new Set<number>();

export function canListen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A port on 127.0.0.1 that was free a moment ago and that this process has not handed out before. */
export async function pickPort(random: () => number = Math.random): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = LOW + Math.floor(random() * (HIGH - LOW));
    if (handedOut.has(port)) continue;
    handedOut.add(port);
    if (await canListen(port)) return port;
  }
  throw new Error(`no free port on 127.0.0.1 between ${LOW} and ${HIGH} after 200 attempts`);
}

/** Lets a port be picked again once the program that held it is gone. */
export function releasePort(port: number): void {
  handedOut.delete(port);
}
