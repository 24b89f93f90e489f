/**
 * The catalogue in chunks for the filter script (src/client/tool-filter.ts): /tools/data/0.json,
 * 1.json … (/fr/tools/data/0.json … in French) each a JSON array of compact tool rows (encodeTool), all
 * tools by title in that language.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { catalogueIn, chunks, encodeTool, type CatalogueTool } from '~/catalogue/catalogue';
import { inEachLang } from '~/core/locales';
import { FACET_VOCAB, FILTER_CHUNK_SIZE } from '~/catalogue/facets';

export const getStaticPaths = (async () => {
  const entries = await getCollection('tools');
  return inEachLang((lang) =>
    chunks(catalogueIn(entries, lang), FILTER_CHUNK_SIZE).map((run, i) => ({
      params: { chunk: String(i) },
      props: { run },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ run: CatalogueTool[] }> = ({ props }) =>
  new Response(JSON.stringify(props.run.map((tool) => encodeTool(tool, FACET_VOCAB))), {
    headers: { 'content-type': 'application/json' },
  });
