/**
 * Reading content files the way the build does, so the guard and the loaders agree on ids.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, extname, basename } from 'node:path';
import { parseDocument, type Document } from 'yaml';

export interface ParsedFile {
  /** Path relative to the project root, as shown in error messages. */
  file: string;
  data: unknown;
  /** Set when the YAML could not be read. */
  syntaxError?: string;
}

/** Files in one folder (not recursive) with one of the given extensions, sorted by name. */
export function listFiles(dir: string, extensions: string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => extensions.includes(extname(name)) && !name.startsWith('_'))
    .sort()
    .map((name) => join(dir, name));
}

/** Every file below `dir` with one of the given extensions, sorted by path. */
export function listFilesDeep(dir: string, extensions: string[]): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listFilesDeep(path, extensions));
    else if (extensions.includes(extname(entry.name)) && !entry.name.startsWith('_')) found.push(path);
  }
  return found.sort();
}

/** The id Astro's glob loader gives a data file: its name without extension. */
export function idFromPath(path: string): string {
  return basename(path, extname(path));
}

/**
 * Parses YAML once: the document, and its first error as "line N: message" (`lineOffset` counts the
 * lines before the YAML in its file, e.g. the opening "---" of frontmatter).
 */
function parseYaml(text: string, lineOffset = 0): { doc: Document; syntaxError?: string } {
  const doc = parseDocument(text, { prettyErrors: true });
  const error = doc.errors[0];
  if (!error) return { doc };
  const line = error.linePos?.[0]?.line;
  const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return { doc, syntaxError: `${line ? `line ${line + lineOffset}: ` : ''}${message}` };
}

/** A YAML file's data, or its syntax error, and the parsed document (for how values are written). */
export function parseYamlFile(root: string, path: string): ParsedFile & { doc: Document } {
  const { doc, syntaxError } = parseYaml(readFileSync(path, 'utf8'));
  const file = relative(root, path);
  return syntaxError ? { file, doc, data: undefined, syntaxError } : { file, doc, data: doc.toJS() };
}

/** The frontmatter of a Markdown or MDX file. */
export function parseFrontmatterFile(root: string, path: string): ParsedFile {
  const text = readFileSync(path, 'utf8');
  const file = relative(root, path);
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match) return { file, data: undefined, syntaxError: 'the file must start with frontmatter between two "---" lines' };
  const { doc, syntaxError } = parseYaml(match[1]!, 1);
  if (syntaxError) return { file, data: undefined, syntaxError: `frontmatter ${syntaxError}` };
  return { file, data: doc.toJS() ?? {} };
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
export function readFigureFile(root: string, path: string): { source: unknown; figures: Record<string, unknown>[] } {
  const { data, doc } = parseYamlFile(root, path);
  const { source, figures } = data as { source: unknown; figures: Record<string, unknown>[] };
  return {
    source,
    figures: figures.map((figure, index) => {
      const node = doc.getIn(['figures', index, 'value'], true) as { source?: unknown } | undefined;
      const written = typeof node?.source === 'string' ? node.source : undefined;
      return written === undefined || 'decimals' in figure ? figure : { ...figure, decimals: writtenDecimals(written) };
    }),
  };
}
