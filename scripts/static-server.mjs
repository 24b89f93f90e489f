/**
 * The one static file server for a built site, used by the tests (tests/support/harness.ts) and the
 * measuring scripts (lighthouse, bench-build): sirv serves the files, under a base path as a CDN serving
 * a sub-path would; missing files get the site's 404 page with status 404. With `compress`, responses are
 * gzipped when the client accepts it (as a CDN would), so measured transfer sizes are the real ones.
 * `port` serves on a given port (a second build at the same origin, as a new deploy would be).
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

/**
 * Serves `dir` under `base` on a free loopback port.
 * @param {string} dir the built site
 * @param {{ base?: string, compress?: boolean, port?: number }} [options]
 * @returns {Promise<{ url: string, origin: string, close: () => Promise<void> }>} `url` is origin plus base, ending in "/"
 */
export async function serveStatic(dir, { base = '/', compress = false, port: wanted = 0 } = {}) {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir} has no index.html: build the site first (npm run build).`);
  }
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const notFoundPage = join(dir, '404.html');
  /** @param {import('node:http').ServerResponse} res */
  const notFound = (res) => {
    const page = existsSync(notFoundPage);
    res.writeHead(404, { 'content-type': page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8' });
    res.end(page ? readFileSync(notFoundPage) : 'Not found');
  };
  // dev: false lists the files once, at start: the site is built before it is served.
  const files = sirv(dir, { dev: false, etag: true, dotfiles: false, onNoMatch: (_req, res) => notFound(res) });
  /** @type {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void} */
  const gzip = compress ? compression() : (_req, _res, next) => next();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(prefix)) return notFound(res);
    // sirv serves from its root: hand it the path below the base.
    req.url = `/${url.pathname.slice(prefix.length)}${url.search}`;
    gzip(req, res, () => files(req, res));
  });
  await new Promise((/** @type {(value?: unknown) => void} */ done) => server.listen(wanted, '127.0.0.1', done));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${prefix}`,
    origin,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
