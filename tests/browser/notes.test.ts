/**
 * Numbered source notes as built: every marker leads to its entry in
 * the page's "Sources" list and every entry leads back; markers are numbered in reading order, are
 * reachable by keyboard and are named "Note <n>" for screen readers; nothing is left unnumbered.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFilesDeep } from '../../src/core/content-files';
import { PAGE_BUILDS, useBrowserAndSite } from '../support/harness';

/** A guidance page that cites figures in its sentences. */
const GUIDANCE_PAGE = 'partnerships/alliance-8-7/';

for (const [name, build] of Object.entries(PAGE_BUILDS)) {
  describe(`page notes (${name} build)`, () => {
    const sandbox = useBrowserAndSite(build);

    it('on every page: markers numbered 1, 2, 3… in reading order, each with a note that links back', () => {
      const problems: string[] = [];
      let pagesWithNotes = 0;
      for (const file of listFilesDeep(build.dir, ['.html'])) {
        const html = readFileSync(file, 'utf8');
        const where = relative(build.dir, file);
        if (html.includes('data-ipec-note')) problems.push(`${where}: a note placeholder was not numbered`);
        const markers = [...html.matchAll(/<a href="#note-(\d+)" id="(note-ref-[\d-]+)"/g)].map((m) => ({
          n: Number(m[1]),
          id: m[2]!,
        }));
        if (markers.length === 0) continue;
        pagesWithNotes += 1;
        const firstUses = [...new Set(markers.map((m) => m.n))];
        if (firstUses.join() !== firstUses.map((_, i) => i + 1).join())
          problems.push(`${where}: notes first cited in the order ${firstUses.join(', ')}`);
        for (const n of firstUses) {
          const entry = html.match(new RegExp(`<li id="note-${n}"[^>]*>([\\s\\S]*?)</li>`));
          if (!entry) {
            problems.push(`${where}: marker for note ${n} has no entry`);
            continue;
          }
          const backLinks = [...entry[1]!.matchAll(/href="#(note-ref-[\d-]+)"/g)].map((m) => m[1]);
          const ids = markers.filter((m) => m.n === n).map((m) => m.id);
          if (backLinks.join() !== ids.join())
            problems.push(
              `${where}: note ${n} links back to ${backLinks.join(', ')} but is cited at ${ids.join(', ')}`,
            );
        }
      }
      expect(pagesWithNotes).toBeGreaterThan(0);
      expect(problems, problems.join('\n')).toEqual([]);
    });

    it('a marker is a named, focusable link to its source entry, and the entry links back to it', async () => {
      const context = await sandbox.browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 390, height: 800 },
      });
      const page = await context.newPage();
      await page.goto(new URL(GUIDANCE_PAGE, sandbox.site.url).href);
      // Every use of note 1 (one source and reference year) is a marker named "Note 1"; the first is note-ref-1.
      const markers = page.getByRole('link', { name: 'Note 1', exact: true });
      await expect(markers.count()).resolves.toBeGreaterThan(0);
      await expect(markers.first().getAttribute('id')).resolves.toBe('note-ref-1');

      // Reach it with Tab from the start of the content, as a keyboard user would.
      await page
        .locator('main h1')
        .first()
        .evaluate((h) => {
          h.setAttribute('tabindex', '-1');
          (h as HTMLElement).focus();
        });
      let focused = '';
      for (let i = 0; i < 60 && focused !== 'note-ref-1'; i++) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => document.activeElement?.id ?? '');
      }
      expect(focused).toBe('note-ref-1');

      await page.keyboard.press('Enter');
      await expect(page.evaluate(() => location.hash)).resolves.toBe('#note-1');
      const entry = page.locator('#note-1');
      await expect.poll(() => entry.isVisible()).toBe(true);
      await expect(entry.locator('cite').count()).resolves.toBe(1);
      await expect(page.locator('#page-sources').textContent()).resolves.toBe('Sources');

      const back = entry.getByRole('link', { name: 'Back to text', exact: true });
      await back.focus();
      await page.keyboard.press('Enter');
      await expect(page.evaluate(() => location.hash)).resolves.toBe('#note-ref-1');
      await expect.poll(() => page.locator('#note-ref-1').isVisible()).toBe(true);
      const inView = await page.locator('#note-ref-1').evaluate((a) => {
        const r = a.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      });
      expect(inView).toBe(true);
      await context.close();
    });
  });
}
