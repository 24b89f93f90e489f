/**
 * Reading content files the way the build does, so the guard and the loaders agree on which files
 * exist, what their ids are and what they hold: one definition of the collection folders (used by
 * src/content.config.ts and the content guard), one YAML parser (`yaml`, for the guard and every YAML
 * collection's loader), strict UTF-8.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, extname, basename, sep } from 'node:path';
import { parseDocument, type Document } from 'yaml';

const YAML_EXTENSIONS = ['.yaml', '.yml'] as const;

export interface ParsedFile {
  /** Path relative to the project root, as shown in error messages. */
  file: string;
  data: unknown;
  /** Set when the file could not be read. */
  syntaxError?: string;
}

/**
 * Where each collection's files live under content/ and which extensions it loads. `nested` folders
 * are read recursively (docs: the folder is the sidebar section); the others read one folder.
 */
export const COLLECTION_FILES = {
  docs: { folder: 'docs', extensions: ['.mdx', '.md'], nested: true },
  i18n: { folder: 'i18n', extensions: ['.json'], nested: false },
  tools: { folder: 'tools', extensions: YAML_EXTENSIONS, nested: false },
  conventions: { folder: 'conventions', extensions: YAML_EXTENSIONS, nested: false },
  priorities: { folder: 'priorities', extensions: YAML_EXTENSIONS, nested: false },
  countries: { folder: 'countries', extensions: YAML_EXTENSIONS, nested: false },
  figures: { folder: 'figures', extensions: YAML_EXTENSIONS, nested: false },
  charts: { folder: 'charts', extensions: YAML_EXTENSIONS, nested: false },
  intros: { folder: 'intros', extensions: YAML_EXTENSIONS, nested: false },
  targets: { folder: 'targets', extensions: YAML_EXTENSIONS, nested: false },
} as const;
export type ContentCollection = keyof typeof COLLECTION_FILES;

/**
 * Collections whose entries may be saved unfinished with `draft: true` (what `npm run new` writes): a draft
 * is checked only for the fields that are filled in, and the build leaves it out of the site entirely.
 */
export const DRAFT_COLLECTIONS = ['tools', 'conventions', 'priorities', 'countries', 'figures'] as const;

/** True for a file's data that says `draft: true` (an unfinished entry, not published). */
export function isDraft(data: unknown): boolean {
  return (
    data !== null && typeof data === 'object' && !Array.isArray(data) && (data as { draft?: unknown }).draft === true
  );
}

/**
 * Files under content/ that the build reads without making pages of them (lookup tables), by name: the
 * ILO region table and the UN short names of countries (src/i18n/country-names.ts). The guard checks both.
 */
const REFERENCE_FILES = [{ folder: 'reference', names: ['ilo-regions.csv', 'un-country-names.yaml'] }] as const;

/** Astro glob() options for a collection, from COLLECTION_FILES. */
export function collectionGlob(collection: ContentCollection): { pattern: string; base: string } {
  const { folder, extensions, nested } = COLLECTION_FILES[collection];
  const names = extensions.map((e) => e.slice(1));
  return {
    pattern: `${nested ? '**/' : ''}*.${names.length > 1 ? `{${names.join(',')}}` : names[0]}`,
    base: `./content/${folder}`,
  };
}

/** How the build treats one file under content/ (path relative to content/, "/" separators). */
export type ContentFileRole =
  | { kind: 'collection'; collection: ContentCollection }
  | { kind: 'reference' }
  | { kind: 'ignored' }
  | { kind: 'problem'; rule: string };

const PLACES =
  'pages go in content/docs/ (.mdx), entries in content/tools/, conventions/, priorities/, countries/, figures/, charts/ or targets/ (.yaml), the openings of index pages in content/intros/ (.yaml), one folder deep';

/** Which collection loads a file under content/, or why none will. */
export function contentFileRole(path: string): ContentFileRole {
  const parts = path.split('/');
  const name = parts.at(-1)!;
  // Placeholders for empty folders and the metadata files operating systems drop into folders.
  if (['.gitkeep', '.DS_Store', 'Thumbs.db', 'desktop.ini'].includes(name)) return { kind: 'ignored' };
  if (parts.some((part) => part.startsWith('.'))) {
    return { kind: 'problem', rule: 'names starting with "." are hidden files, which no collection loads: rename it' };
  }
  if (parts.some((part) => part.startsWith('_'))) {
    return {
      kind: 'problem',
      rule: 'names starting with "_" are not allowed in content/: every file here is checked and published; keep drafts outside content/',
    };
  }
  const extension = extname(name);
  const [folder, ...rest] = parts;
  for (const [collection, layout] of Object.entries(COLLECTION_FILES) as [
    ContentCollection,
    (typeof COLLECTION_FILES)[ContentCollection],
  ][]) {
    if (folder !== layout.folder) continue;
    const loads = (layout.extensions as readonly string[]).includes(extension);
    if (loads && (layout.nested || rest.length === 1)) return { kind: 'collection', collection };
    if (loads)
      return {
        kind: 'problem',
        rule: `content/${folder}/ is read one folder deep: move the file directly into content/${folder}/`,
      };
    const wanted = layout.extensions.join(' or ');
    if ((layout.extensions as readonly string[]).includes(extension.toLowerCase())) {
      return {
        kind: 'problem',
        rule: `the extension must be lower-case ${extension.toLowerCase()}: no collection loads "${extension}" files`,
      };
    }
    return {
      kind: 'problem',
      rule: `content/${folder}/ loads only ${wanted} files, so this file would be silently left out: rename it or move it (${PLACES})`,
    };
  }
  for (const reference of REFERENCE_FILES) {
    if (folder !== reference.folder) continue;
    if (rest.length === 1 && (reference.names as readonly string[]).includes(name)) return { kind: 'reference' };
    return {
      kind: 'problem',
      rule: `content/${folder}/ holds only ${reference.names.join(' and ')}, which the build reads by name: this file would be left out`,
    };
  }
  const known = [...Object.values(COLLECTION_FILES).map((l) => l.folder), ...REFERENCE_FILES.map((r) => r.folder)];
  if (parts.length === 1)
    return { kind: 'problem', rule: `no collection loads files at the top of content/: ${PLACES}` };
  if (!known.some((k) => k === folder)) {
    return {
      kind: 'problem',
      rule: `content/${folder}/ is not a content folder (they are ${known.map((k) => `${k}/`).join(', ')}), so no collection loads this file`,
    };
  }
  return { kind: 'problem', rule: `no collection loads this file: ${PLACES}` };
}

/** Every file under `dir`, as paths relative to it with "/" separators, sorted. */
export function listAllFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Files in one folder (not recursive) with one of the given extensions, sorted by name. */
export function listFiles(dir: string, extensions: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.includes(extname(entry.name)))
    .map((entry) => entry.name)
    .sort()
    .map((name) => join(dir, name));
}

/** Every file below `dir` with one of the given extensions, sorted by path. */
export function listFilesDeep(dir: string, extensions: readonly string[]): string[] {
  return listAllFiles(dir)
    .filter((path) => extensions.includes(extname(path)))
    .map((path) => join(dir, path));
}

/** The files a collection loads, as absolute paths (the same files Astro's loaders read). */
export function collectionFiles(root: string, collection: ContentCollection): string[] {
  const { folder, extensions, nested } = COLLECTION_FILES[collection];
  const dir = join(root, 'content', folder);
  // Like Astro's glob, skip hidden files (the guard reports them).
  const files = nested ? listFilesDeep(dir, extensions) : listFiles(dir, extensions);
  return files.filter(
    (path) =>
      !relative(dir, path)
        .split(sep)
        .some((part) => part.startsWith('.')),
  );
}

/** The id Astro's glob loader gives a data file: its name without extension. */
export function idFromPath(path: string): string {
  return basename(path, extname(path));
}

/** Byte offset of the first byte that is not valid UTF-8, or -1 when the whole buffer is. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1]!;
    // Overlong forms, UTF-16 surrogates and code points above U+10FFFF.
    if (
      (b === 0xe0 && second < 0xa0) ||
      (b === 0xed && second > 0x9f) ||
      (b === 0xf0 && second < 0x90) ||
      (b === 0xf4 && second > 0x8f)
    )
      return i;
    i += length;
  }
  return -1;
}

/** A text file read as strict UTF-8 (a leading byte-order mark is dropped), or why it cannot be. */
export function readUtf8(path: string): { text: string; error?: undefined } | { text?: undefined; error: string } {
  const bytes = readFileSync(path);
  const bad = firstInvalidUtf8Byte(bytes);
  if (bad !== -1) {
    const line = bytes.subarray(0, bad).toString('latin1').split('\n').length;
    return { error: `not UTF-8 at byte ${bad} (line ${line}): save the file as UTF-8` };
  }
  return { text: bytes.toString('utf8').replace(/^\uFEFF/, '') };
}

/**
 * Parses YAML once: the data, or the first error as "line N: message" (`lineOffset` counts the lines
 * before the YAML in its file, e.g. the opening "---" of frontmatter). Converting to data can fail too
 * (an alias bomb: aliases that expand to millions of nodes), and is reported the same way.
 */
function parseYaml(text: string, lineOffset = 0): { doc: Document; data?: unknown; syntaxError?: string } {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line;
    const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return { doc, syntaxError: `${line ? `line ${line + lineOffset}: ` : ''}${message}` };
  }
  try {
    return { doc, data: doc.toJS({ maxAliasCount: 100 }) };
  } catch (e) {
    return { doc, syntaxError: `YAML cannot be read: ${(e as Error).message}` };
  }
}

/** A YAML file's data, or why it cannot be read, and the parsed document (for how values are written). */
export function parseYamlFile(root: string, path: string): ParsedFile & { doc?: Document } {
  const file = relative(root, path);
  const read = readUtf8(path);
  if (read.error !== undefined) return { file, data: undefined, syntaxError: read.error };
  const { doc, data, syntaxError } = parseYaml(read.text);
  return syntaxError ? { file, doc, data: undefined, syntaxError } : { file, doc, data };
}

/** The frontmatter of a Markdown or MDX file, its body and the line the body starts on. */
export function parseFrontmatterFile(root: string, path: string): ParsedFile & { text?: string } {
  const file = relative(root, path);
  const read = readUtf8(path);
  if (read.error !== undefined) return { file, data: undefined, syntaxError: read.error };
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(read.text);
  if (!match)
    return { file, data: undefined, syntaxError: 'the file must start with frontmatter between two "---" lines' };
  const { data, syntaxError } = parseYaml(match[1]!, 1);
  if (syntaxError) return { file, data: undefined, syntaxError: `frontmatter ${syntaxError}` };
  return { file, data: data ?? {}, text: read.text };
}

/** Decimal places of a number as written ("6.0" → 1, "160000000" → 0). */
export function writtenDecimals(written: string): number {
  const match = /\.(\d+)$/.exec(written.trim());
  return match ? match[1]!.length : 0;
}

/**
 * A figures file with each figure's `decimals` taken from how its value is written, so a value the
 * source publishes as 6.0 is shown as 6.0 and not 6. An explicit `decimals` in the file wins.
 */
export function readFigureFile(
  root: string,
  path: string,
): { source: unknown; figures: Record<string, unknown>[]; draft: boolean } {
  const { data, doc, syntaxError, file } = parseYamlFile(root, path);
  // The content guard has stopped the build on any of these before a loader gets here.
  if (syntaxError || !doc) throw new Error(`${file}: ${syntaxError}`);
  const { source, figures } = data as { source: unknown; figures: Record<string, unknown>[] };
  // A draft's figures are not published, and may still lack values: nothing to read.
  if (isDraft(data)) return { source, figures: [], draft: true };
  return {
    draft: false,
    source,
    figures: figures.map((figure, index) => {
      const node = doc.getIn(['figures', index, 'value'], true) as { source?: unknown } | undefined;
      const written = typeof node?.source === 'string' ? node.source : undefined;
      return written === undefined || 'decimals' in figure ? figure : { ...figure, decimals: writtenDecimals(written) };
    }),
  };
}
