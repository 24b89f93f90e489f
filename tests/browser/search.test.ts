/**
 * Search, end to end, on the root build and the /ipec-plus/ build: queries written from the seed
 * documents must put the right page first (in Starlight's dialog and on /search/), filters must
 * narrow results and sit beside them on a wide screen, no filter option may offer nothing, excerpts
 * must be the pages' prose (not their facts lists run together), a query whose words are on the
 * site but never together must list the pages with some of them and say so, the /search/ address
 * must round-trip, keyboard-only use must work, axe must pass in both themes, and a query must stay
 * cheap on the network.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BUILDS, trackRequests, useBrowserAndSite, type StaticSite } from '../support/harness';
import { axeViolations, formatViolations } from '../support/axe';
import { PAGE_TYPE_LABELS } from '../../src/schemas/vocab';
import { basePrefix } from '../../src/core/base';

type Via = 'dialog button' | 'dialog Ctrl+K' | 'search page';
interface Case {
  query: string;
  expected: string;
  type: 'Guidance' | 'Tool' | 'Convention' | 'Priority' | 'Country' | 'Data' | 'Glossary';
  via: Via;
}

/** Queries a reader of the seed documents would type, and the page that must come first. */
const CASES: Case[] = [
  { query: 'forced labour indicators', expected: '/forced-labour/indicators/', type: 'Guidance', via: 'search page' },
  { query: 'Alliance 8.7', expected: '/partnerships/alliance-8-7/', type: 'Guidance', via: 'dialog button' },
  {
    query: 'pathfinder country strategy',
    expected: '/tools/pathfinder-country-strategy/',
    type: 'Tool',
    via: 'search page',
  },
  { query: 'Better Work', expected: '/flagships/better-work/', type: 'Guidance', via: 'dialog Ctrl+K' },
  { query: 'Durban Call to Action', expected: '/child-labour/ilo-response/', type: 'Guidance', via: 'search page' },
  {
    query: 'Regional Initiative',
    expected: '/partnerships/regional-initiative-lac/',
    type: 'Guidance',
    via: 'dialog button',
  },
  { query: 'Accelerator Lab', expected: '/about/accelerator-lab/', type: 'Guidance', via: 'search page' },
  { query: 'funding IPEC+', expected: '/funding/', type: 'Guidance', via: 'dialog Ctrl+K' },
  { query: 'Impact Bond', expected: '/tools/impact-bond-child-labour/', type: 'Tool', via: 'search page' },
  {
    query: 'Hard to see, harder to count',
    expected: '/tools/hard-to-see-harder-to-count/',
    type: 'Tool',
    via: 'dialog button',
  },
  {
    query: 'Fair Recruitment Initiative',
    expected: '/tools/fair-recruitment-initiative/',
    type: 'Tool',
    via: 'search page',
  },
  { query: 'SCREAM', expected: '/tools/scream/', type: 'Tool', via: 'dialog Ctrl+K' },
  { query: 'C182', expected: '/conventions/c182/', type: 'Convention', via: 'dialog button' },
  {
    query: 'Worst Forms of Child Labour Convention',
    expected: '/conventions/c182/',
    type: 'Convention',
    via: 'search page',
  },
  { query: 'supply chains', expected: '/priorities/supply-chains/', type: 'Priority', via: 'search page' },
  { query: 'Nepal', expected: '/countries/npl/', type: 'Country', via: 'dialog Ctrl+K' },
  { query: 'Côte d’Ivoire', expected: '/countries/civ/', type: 'Country', via: 'search page' },
  { query: 'cocoa', expected: '/tools/impact-bond-child-labour/', type: 'Tool', via: 'dialog button' },
  { query: 'data and maps', expected: '/data/', type: 'Data', via: 'search page' },
  { query: 'glossary', expected: '/reference/glossary/', type: 'Glossary', via: 'dialog button' },
  { query: 'tripartite constituents', expected: '/reference/glossary/', type: 'Glossary', via: 'search page' },
];

const KB = 1024;
/**
 * Queries whose words are each on the site but (today) never all on one page; the test takes the
 * first that still is, so adding a page that joins one of them does not break it.
 */
const SPLIT_QUERIES = ['IPEC+ donors Norway', 'cocoa Norway mica', 'Madagascar Qatar cocoa', 'SCREAM Norway donors'];
/**
 * Runs in the page: the first candidate whose words are each on some page, but never all on one.
 * A string, because the test runner would rewrite a dynamic import() written as code.
 */
const FIND_SPLIT_QUERY = `async (base, candidates) => {
  const pagefind = await import(base + 'pagefind/pagefind.js');
  for (const candidate of candidates) {
    const alone = await Promise.all(candidate.split(' ').map((word) => pagefind.search(word)));
    const together = await pagefind.search(candidate);
    if (alone.every((r) => r.results.length > 0) && together.results.length === 0) return candidate;
  }
  return null;
}`;
/** The labels of the facts lists on tool, country and convention pages, which must not run into excerpts. */
const FACT_LABELS =
  /Kind of resource|Category of change|Named in|ILO region|In the February 2024 list|Fundamental instrument|Group on this site|[a-z](Topics|Audiences|Publisher)\b/;
for (const [name, build] of Object.entries(BUILDS)) {
  describe(`search on the ${name} build (base ${build.base})`, () => {
    const ctx = useBrowserAndSite(build);
    let site: StaticSite;
    let browser: Browser;
    const at = (path: string) => `${basePrefix(build.base)}${path}`;
    const newPage = async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on('pageerror', (error) => errors.push(error.message));
      return page;
    };
    const errors: string[] = [];
    afterEach(() => {
      expect(errors.splice(0), 'script errors on the page').toEqual([]);
    });

    beforeAll(() => {
      ({ site, browser } = ctx);
    });

    it('covers every result type the site labels with at least one query', () => {
      expect([...new Set(CASES.map((c) => c.type))].sort()).toEqual(Object.values(PAGE_TYPE_LABELS).sort());
    });

    // Ranking does not depend on the base path: every query on the root build; under the sub-path one query
    // per way in (dialog button, Ctrl+K, search page), which checks the addresses carry the base.
    const cases =
      name === 'root' ? CASES : CASES.filter((c, i) => CASES.findIndex((other) => other.via === c.via) === i);
    // One page per way in, kept open from query to query as a reader's would be: the first query loads it,
    // the next ones are typed into it (a page load per query doubled the file's time).
    const readers = new Map<Via, Page>();
    afterAll(async () => {
      await Promise.all([...readers.values()].map((page) => page.close()));
    });
    it.each(cases)('“$query” puts $expected first ($type, $via)', async ({ query, expected, type, via }) => {
      const page = readers.get(via) ?? (await newPage());
      const first =
        via === 'search page'
          ? await firstOnSearchPage(page, site, query, readers.has(via))
          : await firstInDialog(page, site, query, via, readers.has(via));
      readers.set(via, page);
      expect(first.path, `first result for “${query}”`).toBe(at(expected));
      expect(first.type).toBe(type);
    });

    it('restores query, checked filters and results from the address, and keeps the address in step', async () => {
      const page = await newPage();
      await page.goto(`${site.url}search/?q=forced+labour&type=Country&region=Africa`);
      const count = await resultCount(page);
      expect(count).toBeGreaterThan(0);
      expect(await page.locator('input[name="q"]').inputValue()).toBe('forced labour');
      const checked = await page
        .locator('.search-facets input:checked')
        .evaluateAll((els) => els.map((el) => `${(el as HTMLInputElement).name}=${(el as HTMLInputElement).value}`));
      expect(checked.sort()).toEqual(['region=Africa', 'type=Country']);
      const types = await page
        .locator('.search-result-facts')
        .evaluateAll((els) => els.map((el) => el.textContent?.split(' · ')[0]));
      expect(new Set(types)).toEqual(new Set(['Country']));
      await page.locator('input[name="q"]').fill('child labour');
      await page.waitForFunction(() =>
        document.querySelector('.search-status')?.textContent?.includes('“child labour”'),
      );
      expect(new URL(page.url()).search).toBe('?q=child+labour&type=Country&region=Africa');
      await page.close();
    });

    it('says something helpful when nothing matches', async () => {
      const page = await newPage();
      await page.goto(`${site.url}search/?q=xylophonist&type=Tool`);
      await page.waitForFunction(() => document.querySelector('.search-status')?.textContent?.startsWith('0 results'));
      const help = page.locator('.search-empty');
      await expect.poll(() => help.isVisible()).toBe(true);
      expect(await help.textContent()).toMatch(/remove a filter/);
      expect(await help.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
        at('/tools/'),
        at('/reference/glossary/'),
      ]);
      await page.close();
    });

    // What the search page and the dialog show and do is the same under a sub-path (tests/site/sub-path.test.ts):
    // it is tested on the root build; the sub-path build is tested where addresses matter, above and below.
    if (name === 'root') {
      it('a filter narrows the results to pages carrying it, and its count is right', async () => {
        const page = await newPage();
        await page.goto(`${site.url}search/?q=child+labour`);
        const before = await resultCount(page);
        const facet = page.locator('fieldset[data-filter="type"] li[data-value="Convention"]');
        const announced = Number((await facet.locator('.facet-count').textContent())?.replace(/\D/g, ''));
        await facet.locator('input').check();
        await page.waitForFunction(() => document.querySelector('.search-status')?.textContent?.includes('1 filter'));
        const after = await resultCount(page);
        expect(after).toBeGreaterThan(0);
        expect(after).toBeLessThan(before);
        expect(after).toBe(announced);
        const types = await page
          .locator('.search-result-facts')
          .evaluateAll((els) => els.map((el) => el.textContent?.split(' · ')[0]));
        expect(types.length).toBeGreaterThan(0);
        expect(new Set(types)).toEqual(new Set(['Convention']));
        expect(new URL(page.url()).search).toBe('?q=child+labour&type=Convention');
        await page.close();
      });

      it('at 1280 px the filters sit in a column beside the results, and the first result is on the first screen', async () => {
        const page = await newPage();
        await page.goto(`${site.url}search/?q=child+labour`);
        await resultCount(page);
        const facets = await page.locator('.search-facets').boundingBox();
        const first = await page.locator('.search-result').first().boundingBox();
        expect(await page.locator('.search-facets').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
        expect(facets && first).toBeTruthy();
        expect(facets!.x + facets!.width, 'filters end before the results begin').toBeLessThanOrEqual(first!.x);
        expect(first!.y, 'first result starts within the first 900 px').toBeLessThan(900);
        expect(first!.y + 40).toBeLessThan(900);
        await page.close();
      });

      it('at 390 px the filters are folded above the results (even when some are checked), and the first result is on the first screen', async () => {
        const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(`${site.url}search/?q=child+labour`);
        await resultCount(page);
        expect(await page.locator('.search-facets').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
        const first = await page.locator('.search-result').first().boundingBox();
        expect(first!.y).toBeLessThan(844);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        // Unfolding shows the filters between the search box and the results.
        await page.locator('.search-facets summary').click();
        await page.locator('.search-facets fieldset').first().waitFor();
        const facets = await page.locator('.search-facets').boundingBox();
        const moved = await page.locator('.search-result').first().boundingBox();
        expect(facets!.y + facets!.height).toBeLessThanOrEqual(moved!.y);
        // Filters set in the address stay folded too; the heading says how many are checked.
        await page.goto(`${site.url}search/?q=child+labour&type=Tool`);
        await page.waitForFunction(() => document.querySelector('.search-status')?.textContent?.includes('1 filter'));
        expect(await page.locator('.search-facets').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
        expect(await page.locator('.search-facets summary').textContent()).toContain('(1 checked)');
        expect((await page.locator('.search-result').first().boundingBox())!.y).toBeLessThan(844);
        await page.close();
      });

      it('offers no filter value that would give nothing; a checked value stays so it can be unchecked', async () => {
        const page = await newPage();
        // Conventions have no kind of tool, so with this filter every "Kind of resource" value would give nothing.
        await page.goto(`${site.url}search/?q=child+labour&type=Convention`);
        await page.waitForFunction(() => document.querySelector('.search-status')?.textContent?.includes('1 filter'));
        const options = await facetOptions(page);
        const offered = options.filter((o) => o.visible);
        expect(offered.length).toBeGreaterThan(0);
        expect(
          options.some((o) => !o.visible && o.count === 0),
          'some value gives nothing here',
        ).toBe(true);
        for (const o of options)
          expect(o.visible, `${o.key}=${o.value} (${o.count}, checked: ${o.checked})`).toBe(o.checked || o.count > 0);
        await expect.poll(() => page.locator('fieldset[data-filter="kind"]').isHidden()).toBe(true);
        // A checked value that gives nothing stays visible, with its zero.
        await page.goto(`${site.url}search/?q=xylophonist&type=Tool`);
        await page.waitForFunction(() =>
          document.querySelector('.search-status')?.textContent?.startsWith('0 results'),
        );
        const tool = page.locator('fieldset[data-filter="type"] li[data-value="Tool"]');
        await expect.poll(() => tool.isVisible()).toBe(true);
        expect(await tool.locator('.facet-count').textContent()).toBe('(0)');
        await tool.locator('input').uncheck();
        await page.waitForFunction(() => !new URL(location.href).searchParams.has('type'));
        // The filters are redrawn after the address changes: wait for it rather than look once.
        await expect.poll(() => tool.isHidden()).toBe(true);
        await page.close();
      });

      it('shows excerpts of the pages’ prose, with their facts on a separate labelled line', async () => {
        const page = await newPage();
        // A tool, a country and a convention page: each has a facts list (<dl>) near the top.
        for (const [query, path, fact] of [
          [
            'survey methodology',
            '/tools/dw-supply-chain-survey/',
            /^Tool · Kind of resource: Survey methodology · Topics?: /,
          ],
          ['Nepal', '/countries/npl/', /^Country · .*Region: Asia and the Pacific/],
          ['C182', '/conventions/c182/', /^Convention · Topic: Child labour/],
        ] as const) {
          await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
          await resultCount(page);
          const result = page.locator('.search-result', { has: page.locator(`h3 a[href="${at(path)}"]`) });
          await result.waitFor();
          expect(await result.locator('.search-result-facts').textContent()).toMatch(fact);
          // A result's sections never repeat its own title (Starlight's title is a heading, #_top).
          const repeats = await page
            .locator('.search-result')
            .evaluateAll(
              (items) =>
                items.filter((item) =>
                  [...item.querySelectorAll('.search-result-sections a')].some(
                    (a) => a.textContent?.trim() === item.querySelector('h3 a')?.textContent?.trim(),
                  ),
                ).length,
            );
          expect(repeats, `results repeating their title as a section for “${query}”`).toBe(0);
          const excerpts = await page.locator('.search-result-excerpt').allTextContents();
          expect(excerpts.length).toBeGreaterThan(0);
          for (const excerpt of excerpts) {
            expect(excerpt, `excerpt for “${query}”`).not.toMatch(FACT_LABELS);
          }
        }
        await page.close();
      });

      it('when no page has all the words, lists the pages with some of them, most words first, and says so', async () => {
        const page = await newPage();
        await page.goto(`${site.url}search/`);
        await page.waitForSelector('.search-facets:not([hidden])');
        const query = (await page.evaluate(
          `(${FIND_SPLIT_QUERY})(${JSON.stringify(build.base)}, ${JSON.stringify(SPLIT_QUERIES)})`,
        )) as string | null;
        expect(
          query,
          `one of ${SPLIT_QUERIES.join(' | ')} has its words on the site but not on one page`,
        ).not.toBeNull();
        const words = query!.split(' ');
        await page.goto(`${site.url}search/?q=${encodeURIComponent(query!)}`);
        const status = page.locator('.search-status');
        await page.waitForFunction(() =>
          document.querySelector('.search-status')?.textContent?.startsWith('No page has all of the words'),
        );
        expect(await status.textContent()).toMatch(
          new RegExp(
            `^No page has all of the words “${escapeRegExp(query!)}”\\. \\d+ pages? ha(s|ve) some of the words`,
          ),
        );
        const announced = Number((await status.textContent())?.match(/(\d+) pages? ha/)?.[1]);
        expect(announced).toBeGreaterThan(0);
        await page.locator('.search-result').first().waitFor();
        const missing = await page
          .locator('.search-result')
          .evaluateAll((items) => items.map((item) => item.querySelector('.search-result-missing')?.textContent ?? ''));
        expect(missing.length).toBe(Math.min(10, announced));
        const lacking = missing.map((line) => {
          expect(line).toMatch(/^Missing: /);
          const gone = line.replace(/^Missing: /, '').split(', ');
          for (const word of gone) expect(words).toContain(word);
          return gone.length;
        });
        expect(Math.max(...lacking)).toBeLessThan(words.length);
        expect(lacking, 'pages with more of the words come first').toEqual([...lacking].sort((a, b) => a - b));
        expect(new URL(page.url()).searchParams.get('q')).toBe(query);
        // The filter counts describe these pages: checking one gives the number it showed.
        const option = page.locator('.search-facets fieldset[data-filter="type"] li:not([hidden])').first();
        const promised = Number((await option.locator('.facet-count').textContent())?.replace(/\D/g, ''));
        await option.locator('input').check();
        await page.waitForFunction(
          (n) => new RegExp(`\\b${n} pages? ha`).test(document.querySelector('.search-status')?.textContent ?? ''),
          promised,
        );
        await page.close();
      });

      for (const theme of ['light', 'dark'] as const) {
        it(`axe finds no WCAG A/AA violation on /search/ with results, filters and partial matches (${theme})`, async () => {
          const context = await browser.newContext({ colorScheme: theme, viewport: { width: 1280, height: 900 } });
          await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
          const page = await context.newPage();
          const report: string[] = [];
          for (const query of ['child labour', 'cocoa xylophonist']) {
            await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
            await page.waitForFunction(() =>
              /^(\d+ results?|No page has all)/.test(document.querySelector('.search-status')?.textContent ?? ''),
            );
            await page.locator('.search-result').first().waitFor();
            report.push(...formatViolations(`${theme} “${query}”`, await axeViolations(page)));
          }
          await context.close();
          expect(report.join('\n')).toBe('');
        });
      }

      it('keyboard: Ctrl+K opens the dialog with focus in its input; Escape closes it and gives focus back', async () => {
        const page = await newPage();
        await page.goto(site.url);
        await pagefindUiReady(page);
        const dialogInputFocused = () =>
          page.evaluate(
            () => document.activeElement?.matches('#starlight__search .pagefind-ui__search-input') ?? false,
          );
        await page.keyboard.press('Tab');
        const before = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80));
        await page.keyboard.press('Control+k');
        await page.waitForSelector('#starlight__search .pagefind-ui__search-input');
        await expect.poll(dialogInputFocused, { timeout: 5000 }).toBe(true);
        expect(await page.locator('site-search dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
        await page.keyboard.press('Escape');
        expect(await page.locator('site-search dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
        expect(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))).toBe(before);
        // Opened from its button with Enter, the dialog returns focus to the button.
        await page.locator('button[data-open-modal]').focus();
        await page.keyboard.press('Enter');
        await expect.poll(dialogInputFocused, { timeout: 5000 }).toBe(true);
        await page.keyboard.press('Escape');
        expect(await page.evaluate(() => document.activeElement?.matches('button[data-open-modal]'))).toBe(true);
        await page.close();
      });

      it('the dialog (a French page’s) shows results with no filter or tag named by an internal key, and no page title repeated as a section', async () => {
        const page = await newPage();
        await page.goto(`${site.url}fr/`);
        await pagefindUiReady(page);
        await page.keyboard.press('Control+k');
        await page.locator('#starlight__search .pagefind-ui__search-input').fill('travail forcé');
        await page.waitForSelector('#starlight__search .pagefind-ui__result');
        // The index has filters and result types (the dialog's interface builds a panel and tags from them)…
        await expect
          .poll(() => page.locator('#starlight__search .pagefind-ui__filter-name').count())
          .toBeGreaterThan(0);
        // …which the reader never sees: /search/ names them in the reader's language.
        const shown = await page
          .locator('#starlight__search .pagefind-ui__filter-name, #starlight__search .pagefind-ui__result-tag')
          .evaluateAll((els) =>
            els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.textContent),
          );
        expect(shown).toEqual([]);
        const text = (await page.locator('#starlight__search').innerText()).toLowerCase();
        for (const key of ['pillar', 'kind:', 'type:']) expect(text).not.toContain(key);
        // No result lists its own title again as its first section (Starlight's title is a heading, #_top).
        const repeats = await page.locator('#starlight__search .pagefind-ui__result').evaluateAll((results) =>
          results.flatMap((result) => {
            const title = result
              .querySelector('.pagefind-ui__result-inner > .pagefind-ui__result-title')
              ?.textContent?.trim();
            return [...result.querySelectorAll('.pagefind-ui__result-nested')]
              .filter((nested) => (nested as HTMLElement).offsetParent !== null)
              .filter((nested) => nested.querySelector('.pagefind-ui__result-title')?.textContent?.trim() === title)
              .map(() => title);
          }),
        );
        expect(repeats).toEqual([]);
        await page.close();
      });

      it('keyboard: on /search/ Tab reaches the input, then the filters, then the results; Space toggles a filter', async () => {
        const page = await newPage();
        await page.goto(`${site.url}search/?q=forced+labour`);
        await resultCount(page);
        const reached: string[] = [];
        for (let i = 0; i < 120 && !reached.includes('result'); i++) {
          await page.keyboard.press('Tab');
          const where = await page.evaluate(() => {
            const el = document.activeElement;
            if (el?.matches('search-page input[name="q"]')) return 'input';
            if (el?.matches('.search-facets input')) return 'facet';
            if (el?.matches('.search-result a')) return 'result';
            return 'other';
          });
          if (where !== 'other' && reached.at(-1) !== where) reached.push(where);
          if (where === 'facet' && !reached.includes('toggled')) {
            const before = new URL(page.url()).search;
            await page.keyboard.press('Space');
            await expect.poll(() => new URL(page.url()).search).not.toBe(before);
            await page.keyboard.press('Space');
            await expect.poll(() => new URL(page.url()).search).toBe(before);
            reached.push('toggled', 'facet');
          }
        }
        expect(reached.slice(0, 4)).toEqual(['input', 'facet', 'toggled', 'facet']);
        expect(reached.at(-1)).toBe('result');
        await page.close();
      });
    }

    it('fetches at most 150 KB of index for a query’s first results', async () => {
      const page = await newPage();
      const inFlight = trackRequests(page);
      // Each Pagefind request is classed when it is made (before or after typing starts) and counted
      // when its body has arrived; the sums are read only once no request is in flight.
      const sizes: { url: string; bytes: number; atQuery: boolean }[] = [];
      const counting: Promise<void>[] = [];
      const madeWhileTyping = new WeakSet<object>();
      let typing = false;
      page.on('request', (request) => {
        if (typing) madeWhileTyping.add(request);
      });
      page.on('requestfinished', (request) => {
        if (!new URL(request.url()).pathname.startsWith(at('/pagefind/'))) return;
        counting.push(
          request.response().then(async (response) => {
            const body = await response!.body();
            sizes.push({ url: request.url(), bytes: body.length, atQuery: madeWhileTyping.has(request) });
          }),
        );
      });
      await page.goto(`${site.url}search/`);
      await page.waitForSelector('.search-facets:not([hidden])');
      await inFlight.settled();
      typing = true;
      await page.locator('input[name="q"]').pressSequentially('forced labour', { delay: 20 });
      await page.waitForFunction(() =>
        document.querySelector('.search-status')?.textContent?.includes('“forced labour”'),
      );
      await page.waitForSelector('.search-result');
      await inFlight.settled();
      await Promise.all(counting);
      const all = sizes;
      const query = all.filter((r) => r.atQuery).reduce((n, r) => n + r.bytes, 0);
      const total = all.reduce((n, r) => n + r.bytes, 0);
      console.log(
        `[${name}] pagefind bytes for “forced labour”: ${(query / KB).toFixed(1)} KB from typing to results ` +
          `(${all.filter((r) => r.atQuery).length} files); ${(total / KB).toFixed(1)} KB including loading the engine on page load ` +
          `(${all.length} files, uncompressed: the test server does not gzip)`,
      );
      expect(query).toBeGreaterThan(0);
      expect(query).toBeLessThanOrEqual(150 * KB);
      await page.close();
    });
  });
}

/**
 * Runs `query` on /search/ and returns the first result's path and type: on /search/?q=… in a new page,
 * typed into the search box of a page already open (`open`).
 */
async function firstOnSearchPage(page: Page, site: StaticSite, query: string, open: boolean) {
  if (open) await page.locator('input[name="q"]').fill(query);
  else await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(
    (q) =>
      /^\d+ results?/.test(document.querySelector('.search-status')?.textContent ?? '') &&
      document.querySelector('.search-status')!.textContent!.includes(`“${q}”`),
    query,
  );
  const first = page.locator('.search-result').first();
  return {
    path: new URL((await first.locator('h3 a').getAttribute('href')) ?? '', site.origin).pathname,
    type: (await first.locator('.search-result-facts').textContent())?.split(' · ')[0],
  };
}

/**
 * Opens Starlight's search dialog (button or Ctrl+K), types `query`, returns the first result's path and
 * type; on a page already open (`open`), the dialog is closed first and its input emptied after opening.
 */
async function firstInDialog(page: Page, site: StaticSite, query: string, via: Via, open: boolean) {
  if (open) await page.keyboard.press('Escape');
  else {
    await page.goto(site.url);
    await pagefindUiReady(page);
  }
  if (via === 'dialog button') await page.locator('button[data-open-modal]').click();
  else await page.keyboard.press('Control+k');
  const input = page.locator('#starlight__search .pagefind-ui__search-input');
  await input.waitFor();
  await input.fill('');
  await input.pressSequentially(query, { delay: 10 });
  await page.waitForFunction(
    (q) => document.querySelector('#starlight__search .pagefind-ui__message')?.textContent?.includes(q),
    query,
  );
  const first = page.locator('#starlight__search .pagefind-ui__result').first();
  const link = first.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title > a');
  await link.waitFor();
  return {
    path: new URL((await link.getAttribute('href')) ?? '', site.origin).pathname,
    type: (await first.locator('[data-pagefind-ui-meta="type"]').textContent())?.replace(/^Type:\s*/, '').trim(),
  };
}

/**
 * Waits until Starlight's dialog can take a query: its button is enabled and Pagefind's UI (loaded
 * when the browser is idle after page load) has put its input in the dialog. Before that, Ctrl+K
 * opens an empty dialog and focus stays on the page: Starlight's behaviour, not tested here.
 */
async function pagefindUiReady(page: Page) {
  await page.waitForSelector('button[data-open-modal]:not([disabled])');
  await page.waitForSelector('#starlight__search .pagefind-ui__search-input', { state: 'attached' });
}

/** Waits for the search page to announce its results and returns the count it announced. */
async function resultCount(page: Page): Promise<number> {
  await page.waitForFunction(() => /^\d+ results?/.test(document.querySelector('.search-status')?.textContent ?? ''));
  const status = (await page.locator('.search-status').textContent()) ?? '';
  return Number(status.match(/^(\d+)/)?.[1]);
}

/** Every filter value on the page: whether it is shown, checked, and the count beside it. */
async function facetOptions(page: Page) {
  return page.locator('.search-facets li[data-value]').evaluateAll((items) =>
    items.map((li) => {
      const box = li.querySelector('input') as HTMLInputElement;
      return {
        key: box.name,
        value: box.value,
        checked: box.checked,
        count: Number(li.querySelector('.facet-count')?.textContent?.replace(/\D/g, '') || 0),
        // Offered: neither the value, nor its group, nor the whole panel is hidden.
        visible: !li.closest('[hidden]'),
      };
    }),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
