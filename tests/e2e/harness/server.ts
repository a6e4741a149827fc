/**
 * A tiny static HTTP server for end-to-end tests (node:http only, no deps).
 *
 *   const srv = await startServer({ root: 'tests/e2e/harness/fixture-pages',
 *                                   routes: { '/inline.html': '<title>x</title>' } });
 *   srv.url            // 'http://127.0.0.1:<port>' (no trailing slash)
 *   await srv.close();
 *
 * Binds 127.0.0.1 on a random free port (port 0). Directory requests serve index.html.
 * In-memory routes win over files; a route value is either a body (string/Buffer, the
 * content type is guessed from the path) or { body, type?, status?, headers? }.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

export interface RouteResponse {
  body: string | Buffer;
  type?: string;
  status?: number;
  headers?: Record<string, string>;
}
export type Route = string | Buffer | RouteResponse | ((req: IncomingMessage) => RouteResponse | Promise<RouteResponse>);

export interface ServerOptions {
  /** Directory to serve; optional if only routes are used. */
  root?: string;
  /** Extra in-memory routes keyed by pathname (e.g. '/article.html'). */
  routes?: Record<string, Route>;
}

export interface StaticServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  /** Add or replace an in-memory route while running. */
  route(pathname: string, route: Route): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export function contentTypeFor(p: string): string {
  return TYPES[path.extname(p).toLowerCase()] ?? 'application/octet-stream';
}

export async function startServer(opts: ServerOptions | string = {}): Promise<StaticServer> {
  const options: ServerOptions = typeof opts === 'string' ? { root: opts } : opts;
  const root = options.root ? path.resolve(options.root) : undefined;
  const routes = new Map<string, Route>(Object.entries(options.routes ?? {}));

  const send = (res: ServerResponse, r: RouteResponse, pathname: string, head: boolean) => {
    const body = typeof r.body === 'string' ? Buffer.from(r.body, 'utf8') : r.body;
    res.writeHead(r.status ?? 200, {
      'content-type': r.type ?? contentTypeFor(pathname.endsWith('/') ? 'index.html' : pathname),
      'content-length': String(body.length),
      'cache-control': 'no-store',
      ...r.headers,
    });
    res.end(head ? undefined : body);
  };

  const server = createServer(async (req, res) => {
    const head = req.method === 'HEAD';
    try {
      if (req.method !== 'GET' && !head) {
        send(res, { body: 'method not allowed', status: 405, type: 'text/plain' }, '', head);
        return;
      }
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const route = routes.get(pathname);
      if (route !== undefined) {
        const r =
          typeof route === 'function'
            ? await route(req)
            : typeof route === 'string' || Buffer.isBuffer(route)
              ? { body: route }
              : route;
        send(res, r, pathname, head);
        return;
      }
      if (root) {
        let file = path.resolve(root, '.' + pathname);
        if (file !== root && !file.startsWith(root + path.sep)) {
          send(res, { body: 'forbidden', status: 403, type: 'text/plain' }, '', head);
          return;
        }
        const st = await stat(file).catch(() => undefined);
        if (st?.isDirectory()) file = path.join(file, 'index.html');
        const body = await readFile(file).catch(() => undefined);
        if (body) {
          send(res, { body, type: contentTypeFor(file) }, file, head);
          return;
        }
      }
      send(res, { body: `not found: ${pathname}`, status: 404, type: 'text/plain' }, '', head);
    } catch (e) {
      send(res, { body: `error: ${String(e)}`, status: 500, type: 'text/plain' }, '', head);
    }
  });
  // Browsers keep connections alive; track sockets so close() never hangs.
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  let closed: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    route(pathname, route) {
      routes.set(pathname, route);
    },
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
      return closed;
    },
  };
}
