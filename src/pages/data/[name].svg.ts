/** Each chart state as a standalone SVG file (title, chart, source), also the picture the PNG download draws. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadFiles } from '~/data/downloads';

export const getStaticPaths = (async () => {
  const files = await downloadFiles();
  return [...files].flatMap(([name, file]) => (file.svg ? [{ params: { name }, props: { render: file.svg } }] : []));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props.render as () => string)(), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
