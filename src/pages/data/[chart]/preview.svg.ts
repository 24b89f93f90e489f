/** The small picture on each chart's card on /data/: its opening state, shapes only. */
import type { APIRoute, GetStaticPaths, InferGetStaticParamsType, InferGetStaticPropsType } from 'astro';
import { getCollection } from 'astro:content';
import { chartModel } from '~/charts/registry';
import { previewSvg } from '~/charts/standalone';
import { openingState } from '~/charts/chart-model';
import { NO_HTML } from '~/core/html';

/** Preview width in map units: a thumbnail needs little detail, so the file stays small. */
const PREVIEW_WIDTH = 240;

export const getStaticPaths = (async () => {
  const entries = await getCollection('charts');
  return entries.map((e) => ({ params: { chart: e.id }, props: { entry: e.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<
  InferGetStaticPropsType<typeof getStaticPaths>,
  InferGetStaticParamsType<typeof getStaticPaths>
> = async ({ params, props }) => {
  const model = await chartModel(params.chart, props.entry, PREVIEW_WIDTH);
  const state = openingState(model);
  return new Response(state ? previewSvg(state.bare()) : previewSvg({ svg: NO_HTML, width: 240, height: 120 }), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};
