/** Static CSV downloads of exactly the data each map, chart and table on /data/ shows. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCsvFiles } from '../../charts/load-data';

export const getStaticPaths = (async () => {
  const files = await allCsvFiles();
  return [...files].map(([name, csv]) => ({ params: { name }, props: { csv } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.csv as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
