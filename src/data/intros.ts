import { getEntry } from 'astro:content';
import { COLLECTION_FILES } from '../utils/content-files';
import { fillPlaceholders } from '../utils/intro';

/**
 * The title, description and introductory paragraphs of a page built in src/pages/, from its file in
 * content/intros/, with the numbers the page computed put in place of their placeholders.
 */
export async function pageIntro(id: string, values: Readonly<Record<string, string>> = {}) {
  const file = `content/${COLLECTION_FILES.intros.folder}/${id}.yaml`;
  const entry = await getEntry('intros', id);
  if (!entry)
    throw new Error(`${file} is missing: the page /${id}/ takes its title, description and opening paragraphs from it`);
  const { title, description, intro } = entry.data;
  return { title, description, paragraphs: intro.map((p) => fillPlaceholders(p, values, file)) };
}
