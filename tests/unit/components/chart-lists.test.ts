/**
 * Where charts are listed — the cards of /data/ and the home page's "Latest data" — every chart file
 * of content/charts/ appears, so a new file of an existing kind needs no code. The charts are read
 * from a temporary copy of content/charts/ with one more trend file, as an editor would add it.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { chartSchema } from '../../../src/schemas/chart';
import { listFiles, parseYamlFile } from '../../../src/core/content-files';
import { readFigures, root } from '../../support/figure-files';
import { at, localizedContainer } from '../../support/container';

const NEW_CHART = `kind: trend
title: Children in hazardous work worldwide, over time
shortTitle: Hazardous work over time
description: Children aged 5 to 17 in hazardous work, worldwide, for each reference year of the global estimates.
topics: [child-labour]
axis: Children
series:
  - indicator: hazardous-work-children
    label: Children in hazardous work
    short: Hazardous work
    unit: children
`;

const site = vi.hoisted(() => ({ dir: '' }));

vi.mock('astro:content', () => ({
  getCollection: async (name: string) => {
    if (name === 'figures') return readFigures().map((f) => ({ id: f.id, data: f }));
    const folder = name === 'charts' ? site.dir : join(root, 'content', name);
    const parse = name === 'charts' ? (data: unknown) => chartSchema().parse(data) : (data: unknown) => data;
    return listFiles(folder, ['.yaml']).map((path) => {
      const { file, data } = parseYamlFile(folder, path);
      return { id: file.replace(/^.*\/|\.yaml$/g, ''), data: parse(data) };
    });
  },
}));

const { default: ChartCards } = await import('../../../src/components/maps/ChartCards.astro');
const { default: LatestData } = await import('../../../src/components/home/LatestData.astro');

let container: AstroContainer;
beforeAll(async () => {
  site.dir = join(mkdtempSync(join(tmpdir(), 'ipec-charts-')), 'charts');
  cpSync(join(root, 'content/charts'), site.dir, { recursive: true });
  writeFileSync(join(site.dir, 'hazardous-work-trend.yaml'), NEW_CHART);
  container = await localizedContainer();
});

const chartIds = () => listFiles(site.dir, ['.yaml']).map((path) => path.replace(/^.*\/|\.yaml$/g, ''));

describe('chart lists', () => {
  it('give the data index a card for every chart file, a new one included', async () => {
    const html = await container.renderToString(ChartCards, at('/data/'));
    for (const id of chartIds()) expect(html, id).toContain(`href="/data/${id}/"`);
    expect(html).toContain('>Children in hazardous work worldwide, over time</a>');
  });

  it("list every chart file in the home page's latest data, a new one by its short title and years", async () => {
    const html = await container.renderToString(LatestData, at('/'));
    for (const id of chartIds()) expect(html, id).toContain(`href="/data/${id}/"`);
    expect(html).toMatch(/>Hazardous work over time<\/a>\s*<span[^>]*>World estimates, \d{4} to \d{4}<\/span>/);
  });

  it('link each chart in the language of the page', async () => {
    const html = await container.renderToString(LatestData, at('/fr/'));
    expect(html).toContain('href="/fr/data/hazardous-work-trend/"');
    expect(html).toMatch(/Estimations mondiales, de \d{4} à \d{4}/);
  });
});
