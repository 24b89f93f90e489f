/**
 * Rules for files as files, before anything reads what they say: nothing under content/ is published
 * unread (a symbolic link would bring in a file from anywhere, unchecked, or be dropped without a
 * word), and no file or list is so large that it builds a page no reader can load.
 */
import { lstatSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentProblem } from '../core/content-problem';

/** Largest file content/ may hold: the largest today is about 45 KB. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Longest list a YAML entry or frontmatter may hold: the longest today has 55 items. */
export const MAX_LIST_ITEMS = 500;
/** Longest text field: a long paragraph is about 2,000 characters. */
const MAX_TEXT_CHARS = 20_000;

export const FILE_RULES = [
  'no symbolic links under content/ (a link would publish a file the guard never read)',
  `files in content/ at most ${MAX_FILE_BYTES / 1024 / 1024} MB`,
  `lists in YAML entries and frontmatter at most ${MAX_LIST_ITEMS} items, text fields at most ${MAX_TEXT_CHARS.toLocaleString('en')} characters`,
  'no text field or interface string may contain `<!--` (a comment opened there would hide the rest of the page)',
] as const;

/** Symbolic links and files over the size limit under content/, each named by its path. */
export function fileProblems(root: string): ContentProblem[] {
  const contentDir = join(root, 'content');
  if (!existsSync(contentDir)) return [];
  const problems: ContentProblem[] = [];
  // Not following links: a linked folder is reported once, not walked.
  for (const entry of readdirSync(contentDir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const file = relative(root, path).split(sep).join('/');
    if (entry.isSymbolicLink()) {
      problems.push({
        file,
        field: '(file)',
        rule: 'is a symbolic link: content/ must hold the files themselves, so that every published file is checked; copy the file here instead',
      });
    } else if (entry.isFile()) {
      const size = lstatSync(path).size;
      if (size > MAX_FILE_BYTES)
        problems.push({
          file,
          field: '(file)',
          rule: `is ${(size / 1024 / 1024).toFixed(1)} MB: a file in content/ may be at most ${MAX_FILE_BYTES / 1024 / 1024} MB; split it into several entries`,
        });
    }
  }
  return problems;
}

/**
 * Lists that are too long, text too long, and text that opens an HTML comment, anywhere in a file's
 * data (YAML entries, page frontmatter), by field path.
 */
export function dataLimitProblems(file: string, data: unknown, prefix: readonly string[] = []): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const visit = (value: unknown, path: string[]) => {
    const field = path.join('.') || '(whole file)';
    if (typeof value === 'string') {
      if (value.includes('<!--'))
        problems.push({
          file,
          field,
          rule: 'must not contain "<!--": an HTML comment opened in a text would hide the rest of the page where the text is shown',
        });
      if (value.length > MAX_TEXT_CHARS)
        problems.push({
          file,
          field,
          rule: `has ${value.length} characters: a text field may have at most ${MAX_TEXT_CHARS}`,
        });
    } else if (Array.isArray(value)) {
      if (value.length > MAX_LIST_ITEMS) {
        problems.push({
          file,
          field,
          rule: `has ${value.length} items: a list may have at most ${MAX_LIST_ITEMS}; split the entry`,
        });
        return;
      }
      value.forEach((item, index) => visit(item, [...path, String(index)]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(data, [...prefix]);
  return problems;
}
