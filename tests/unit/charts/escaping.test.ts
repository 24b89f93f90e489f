/**
 * Every chart kind writes content text as text: a label, tooltip, title, unit or source holding markup
 * reaches the SVG and the exported file as characters, never as an element or an attribute.
 */
import { describe, expect, it } from 'vitest';
import { elementsOf, parseHtmlFragment, plainText } from '../../../src/core/html-tree';
import { readRegionTable } from '../../../src/figures/region-table';
import { projectAreas, regionShapes } from '../../../src/charts/regions-geometry';
import { loadWorldTopology } from '../../../src/charts/world-atlas';
import { renderChoropleth } from '../../../src/charts/choropleth';
import { renderProgrammeMap } from '../../../src/charts/programme-map';
import { renderTrend } from '../../../src/charts/trend';
import { renderBars } from '../../../src/charts/bars';
import { exportSvg } from '../../../src/charts/standalone';

const HOSTILE = `x"><script>alert(1)</script><img src=x onerror=alert(2)>'<!--`;
const table = readRegionTable('content/reference/ilo-regions.csv');
const map = projectAreas(loadWorldTopology(), regionShapes(loadWorldTopology(), table, true), 400);

/** Elements and attributes a parser finds in the markup: none may come from the hostile text. */
function injected(markup: string) {
  const elements = elementsOf(parseHtmlFragment(markup));
  return {
    tags: elements.filter((e) => ['script', 'img'].includes(e.tagName)).length,
    handlers: elements.filter((e) => e.attrs.some((a) => a.name.startsWith('on'))).length,
  };
}

const drawings = {
  choropleth: () => {
    const out = renderChoropleth({
      id: HOSTILE,
      title: HOSTILE,
      map,
      data: [{ key: 'Africa', name: HOSTILE, value: 5, valueText: HOSTILE, year: 2020, source: HOSTILE }],
      formatValue: () => HOSTILE,
      legendTitle: HOSTILE,
      text: { noData: HOSTILE, nameLines: () => [HOSTILE] },
    });
    return [out.svg, out.legend, out.valueList].join('');
  },
  programmeMap: () => {
    const out = renderProgrammeMap({
      id: HOSTILE,
      title: HOSTILE,
      map,
      countries: [{ name: HOSTILE, region: HOSTILE, category: 'listed', d: 'M1,1L2,2Z', href: HOSTILE }],
      categoryLabels: { listed: HOSTILE, mentioned: HOSTILE },
    });
    return [out.svg, out.legend].join('');
  },
  trend: () => {
    const point = (year: number) => ({
      year,
      value: year,
      valueText: HOSTILE,
      shortText: HOSTILE,
      comparable: year !== 2016,
      tip: HOSTILE,
    });
    const out = renderTrend({
      title: HOSTILE,
      yLabel: HOSTILE,
      yShortLabel: HOSTILE,
      xLabel: HOSTILE,
      formatTick: () => HOSTILE,
      formatShortTick: () => HOSTILE,
      series: [
        {
          key: HOSTILE,
          label: HOSTILE,
          short: HOSTILE,
          points: [2012, 2016, 2021].map(point),
          dashed: true,
          marker: 'square',
          labelPosition: 'above',
        },
      ],
    });
    return [out.svg, out.legend].join('');
  },
  bars: () =>
    String(renderBars({ title: HOSTILE, bars: [{ label: HOSTILE, value: 1, valueText: HOSTILE, tip: HOSTILE }] }).svg),
  exportedFile: () => {
    const trend = renderTrend({
      title: 'T',
      yLabel: 'Y',
      yShortLabel: 'Y',
      formatTick: String,
      formatShortTick: String,
      series: [],
    });
    return exportSvg({
      lang: HOSTILE,
      title: HOSTILE,
      subtitle: HOSTILE,
      legendTitle: HOSTILE,
      keys: [{ swatch: trend.legend, width: 24, height: 16, label: HOSTILE }],
      chart: { svg: trend.svg, width: 10, height: 10 },
      notes: [HOSTILE],
      source: HOSTILE,
      credit: HOSTILE,
    });
  },
};

describe('chart markup from hostile content text', () => {
  for (const [kind, draw] of Object.entries(drawings)) {
    it(`${kind}: adds no element or handler, and the text reads as written`, () => {
      const markup = draw();
      expect(injected(markup)).toEqual({ tags: 0, handlers: 0 });
      expect(markup).not.toContain('<!--');
      expect(plainText(markup)).toContain(`x"><script>alert(1)</script>`);
    });
  }
});
