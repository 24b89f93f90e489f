/**
 * Shared pieces for browser tests: a static file server for a built site (at the root or under a
 * sub-path, as a CDN would serve it) and Debian's Chromium driven by playwright-core.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The two builds `npm test` makes before browser tests: at the root and under /ipec-plus/. */
export const BUILDS = {
  root: { dir: join(ROOT, 'dist'), base: '/' },
  sub: { dir: join(ROOT, 'dist-sub'), base: '/ipec-plus/' },
} as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

export interface StaticSite {
  /** Origin plus base, ending in "/": e.g. http://127.0.0.1:41234/ipec-plus/ */
  url: string;
  origin: string;
  close: () => Promise<void>;
}

/** Serves `dir` under `base` on a free loopback port. Missing files get the site's 404 page. */
export async function serveSite(dir: string, base = '/'): Promise<StaticSite> {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir} has no index.html: build the site first (npm test does it; or npm run build).`);
  }
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status: number, file: string) => {
      res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    };
    const notFound = () => {
      if (existsSync(join(dir, '404.html'))) return send(404, join(dir, '404.html'));
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    };
    if (!path.startsWith(prefix)) return notFound();
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return notFound();
    send(200, file);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${prefix}`,
    origin,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: run "apt-get install -y chromium" or set CHROME_PATH.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/**
 * For a test file: starts Chromium and serves one build before its tests, closes both after them.
 * Read `browser` and `site` from the returned object inside tests (they are set in beforeAll).
 */
export function useBrowserAndSite(build: { dir: string; base: string } = BUILDS.root) {
  const context = {} as { browser: Browser; site: StaticSite };
  beforeAll(async () => {
    context.browser = await launchBrowser();
    context.site = await serveSite(build.dir, build.base);
  });
  afterAll(async () => {
    await context.site?.close();
    await context.browser?.close();
  });
  return context;
}
