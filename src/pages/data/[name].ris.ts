/** Each chart state's citation as RIS (Zotero, EndNote, Mendeley), with the day of the build as its access date. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadFiles } from '~/charts/download-files';

export const getStaticPaths = (async () => {
  const files = await downloadFiles();
  return [...files].flatMap(([name, file]) => (file.ris ? [{ params: { name }, props: { text: file.ris } }] : []));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.text as string, {
    headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
  });
