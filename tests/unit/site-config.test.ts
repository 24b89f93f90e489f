import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/site.config';
import { basePrefix, normalizeBase, withBasePrefix } from '../../src/core/base';

describe('BASE_PATH', () => {
  it('normalizes the forms operators write', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('/ipec-plus/')).toBe('/ipec-plus');
    expect(normalizeBase('ipec-plus')).toBe('/ipec-plus');
    expect(normalizeBase('/org/ipec-plus/')).toBe('/org/ipec-plus');
  });
  it('rejects values that are not a URL path', () => {
    expect(() => normalizeBase('/ipec plus/')).toThrow(/BASE_PATH must be a URL path/);
    expect(() => normalizeBase('https://x.org/ipec/')).toThrow(/BASE_PATH/);
  });
});

describe('SITE_URL', () => {
  it('keeps only the origin, and is unknown (no invented address) when not set', () => {
    expect(siteUrl('https://www.example.org/some/path')).toBe('https://www.example.org');
    expect(siteUrl(undefined)).toBeUndefined();
    expect(siteUrl('  ')).toBeUndefined();
    expect(() => siteUrl('example.org')).toThrow(/SITE_URL must be a full address/);
  });
});

describe('root-relative links in Markdown', () => {
  it('get the base when the site is built for a sub-path', () => {
    expect(withBasePrefix('/tools/', '/ipec-plus')).toBe('/ipec-plus/tools/');
    expect(withBasePrefix('/', '/ipec-plus')).toBe('/ipec-plus/');
    expect(withBasePrefix('/reference/glossary/#child-labour', '/ipec-plus')).toBe(
      '/ipec-plus/reference/glossary/#child-labour',
    );
  });
  it('leave other links alone', () => {
    expect(withBasePrefix('/tools/', '/')).toBe('/tools/');
    expect(withBasePrefix('/ipec-plus/tools/', '/ipec-plus')).toBe('/ipec-plus/tools/');
    expect(withBasePrefix('https://www.ilo.org/', '/ipec-plus')).toBe('https://www.ilo.org/');
    expect(withBasePrefix('//cdn.example/x', '/ipec-plus')).toBe('//cdn.example/x');
    expect(withBasePrefix('#top', '/ipec-plus')).toBe('#top');
    expect(withBasePrefix('../sibling/', '/ipec-plus')).toBe('../sibling/');
  });
});

describe('basePrefix', () => {
  it('drops the trailing slash, so "" + "/path" and "/ipec-plus" + "/path" both make an address', () => {
    expect(basePrefix('/')).toBe('');
    expect(basePrefix('/ipec-plus/')).toBe('/ipec-plus');
    expect(basePrefix('/ipec-plus')).toBe('/ipec-plus');
  });
});
