export function htmlFiles(dir: string): string[];
export function gzipSize(data: string | Buffer): number;
export function pageUrl(file: string, base: string): string;
export type PageType =
  'home' | 'guidance' | 'tool' | 'catalogue' | 'tool-list' | 'convention' | 'map' | 'search' | 'not-found';
export function pageTypes(dir: string): Partial<Record<PageType, string>>;
