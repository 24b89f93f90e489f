/**
 * The keyboard checks, as one function that lists what is wrong with a page (empty when nothing is),
 * so the gate can be run on the site and on a broken fixture alike.
 */
import type { Page } from 'playwright-core';

interface Focused {
  tag: string;
  text: string;
  inMain: boolean;
  inSidebar: boolean;
  isSearch: boolean;
  indicator: boolean;
}

/** Presses Tab and describes the newly focused element. */
async function tab(page: Page): Promise<Focused> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim().slice(0, 40),
      inMain: !!el.closest('main'),
      inSidebar: !!el.closest('#starlight__sidebar'),
      isSearch: el.matches('button[data-open-modal]'),
      indicator: outline || style.boxShadow !== 'none',
    };
  });
}

/**
 * Skip link first and into the main content; search button and sidebar reachable within `stops` Tabs;
 * a visible focus indicator on every focused link and button.
 */
export async function keyboardProblems(page: Page, url: string, stops = 40): Promise<string[]> {
  const problems: string[] = [];
  await page.goto(url);
  const first = await tab(page);
  if (first.tag !== 'a' || !/skip to content/i.test(first.text)) {
    problems.push(`first Tab stop is ${first.tag} "${first.text}", not a "Skip to content" link`);
  } else {
    await page.keyboard.press('Enter');
    if (!(await tab(page)).inMain) problems.push('the skip link does not move focus into the main content');
  }
  await page.goto(url);
  const visited: Focused[] = [];
  for (let i = 0; i < stops; i++) visited.push(await tab(page));
  if (!visited.some((s) => s.isSearch)) problems.push(`the search button is not reached within ${stops} Tab presses`);
  if (!visited.some((s) => s.inSidebar)) problems.push(`the sidebar is not reached within ${stops} Tab presses`);
  for (const s of visited.filter((v) => ['a', 'button'].includes(v.tag) && !v.indicator)) {
    problems.push(`no visible focus indicator on ${s.tag} "${s.text}"`);
  }
  return [...new Set(problems)];
}
