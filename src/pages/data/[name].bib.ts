/** Each chart state's citation as BibTeX, with the day of the build as its access date. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadFiles } from '~/charts/download-files';

export const getStaticPaths = (async () => {
  const files = await downloadFiles();
  return [...files].flatMap(([name, file]) => (file.bib ? [{ params: { name }, props: { text: file.bib } }] : []));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.text as string, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
