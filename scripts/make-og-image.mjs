#!/usr/bin/env node
/**
 * Draws the site-wide social preview image (public/og-image.png, 1200×630, the size Open Graph and
 * Twitter cards expect) from an SVG with Debian's Chromium. Run again only when the title changes:
 *   node scripts/make-og-image.mjs
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const [width, height] = [1200, 630];

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="100%" height="100%" fill="#131d52"/>
  <rect x="0" y="0" width="24" height="${height}" fill="#7f93ff"/>
  <g font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" fill="#ffffff">
    <text x="96" y="250" font-size="112" font-weight="700">IPEC+</text>
    <text x="96" y="330" font-size="48" font-weight="700">Knowledge site</text>
    <text x="96" y="430" font-size="34" fill="#d6ddff">International Programme on the Elimination</text>
    <text x="96" y="478" font-size="34" fill="#d6ddff">of Child Labour and Forced Labour</text>
  </g>
</svg>`;

const page = join(mkdtempSync(join(tmpdir(), 'og-image-')), 'og.html');
writeFileSync(page, `<!doctype html><style>html,body{margin:0;overflow:hidden}</style>${svg}`);
const out = join(root, 'public', 'og-image.png');
const result = spawnSync(
  chromium,
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--hide-scrollbars',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--force-device-scale-factor=1',
    `--window-size=${width},${height}`,
    `--screenshot=${out}`,
    `file://${page}`,
  ],
  { stdio: 'inherit' },
);
if (result.status !== 0) process.exit(result.status ?? 1);
console.log(`wrote ${out}`);
