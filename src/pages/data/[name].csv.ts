/** CSV downloads (UTF-8 with byte-order mark) of each chart state, and of every figure. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadFiles } from '~/charts/download-files';

export const getStaticPaths = (async () => {
  const files = await downloadFiles();
  return [...files].map(([name, file]) => ({ params: { name }, props: { body: file.csv } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.body as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
