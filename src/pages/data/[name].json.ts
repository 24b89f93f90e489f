/** JSON downloads with metadata (title, unit, reference year, sources, notes, citation) of each chart state, and of every figure. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadFiles } from '~/charts/download-files';

export const getStaticPaths = (async () => {
  const files = await downloadFiles();
  return [...files].map(([name, file]) => ({ params: { name }, props: { body: file.json } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.body as string, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
