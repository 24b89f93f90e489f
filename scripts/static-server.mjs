/**
 * The one static file server for a built site, used by the tests (tests/support/harness.ts) and the
 * measuring scripts (lighthouse, bench-build): sirv serves the files, under a base path as a CDN serving
 * a sub-path would; missing files get the site's 404 page with status 404. With `compress`, responses are
 * gzipped when the client accepts it (as a CDN would), so measured transfer sizes are the real ones. With
 * `headers`, the build's _headers file is applied as Cloudflare Pages applies it (every matching rule in
 * order, a repeated header joined with a comma, "! Name" detaching one set before), so tests can see
 * what a browser does with those headers. `port` serves on a given port (a second build at the same
 * origin, as a new deploy would be).
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

/**
 * The rules of a _headers file: a path pattern ("*" matches anything) and its lines, in order.
 * @param {string} text
 * @returns {{ pattern: RegExp, lines: string[] }[]}
 */
export function parseHeadersFile(text) {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').filter((line) => line.trim() && !line.startsWith('#')))
    .filter((lines) => lines.length > 0 && lines[0].startsWith('/'))
    .map(([path, ...lines]) => ({
      pattern: new RegExp(
        `^${path
          .split('*')
          .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*')}$`,
      ),
      lines: lines.map((line) => line.trim()),
    }));
}

/**
 * The headers the rules give a path.
 * @param {{ pattern: RegExp, lines: string[] }[]} rules
 * @param {string} path
 * @returns {Map<string, string>} lower-case name → value
 */
export function headersFor(rules, path) {
  /** @type {Map<string, string>} */
  const headers = new Map();
  for (const { lines } of rules.filter((rule) => rule.pattern.test(path))) {
    for (const line of lines) {
      if (line.startsWith('!')) {
        headers.delete(line.slice(1).trim().toLowerCase());
        continue;
      }
      const colon = line.indexOf(':');
      const [name, value] = [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
      headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
    }
  }
  return headers;
}

/**
 * Serves `dir` under `base` on a free loopback port.
 * @param {string} dir the built site
 * @param {{ base?: string, compress?: boolean, headers?: boolean, port?: number }} [options]
 * @returns {Promise<{ url: string, origin: string, close: () => Promise<void> }>} `url` is origin plus base, ending in "/"
 */
export async function serveStatic(dir, { base = '/', compress = false, headers = false, port: wanted = 0 } = {}) {
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
  const headerRules = headers ? parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8')) : [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const [name, value] of headersFor(headerRules, url.pathname)) res.setHeader(name, value);
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
