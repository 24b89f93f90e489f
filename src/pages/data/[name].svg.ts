/**
 * Each chart state as a standalone SVG file (title, legend, chart, notes, source) in every language and
 * export size; also the picture the PNG download draws.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportFiles } from '~/charts/download-files';

export const getStaticPaths = (async () => {
  const files = await exportFiles();
  return [...files].map(([name, render]) => ({ params: { name }, props: { render } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props.render as () => string)(), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
