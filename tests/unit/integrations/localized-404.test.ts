/** Where the French and Spanish not-found pages end up: beside their language's pages, as hosts expect. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localized404Moves } from '../../../src/integrations/localized-404.ts';

describe('localized 404 pages', () => {
  it('moves fr/404/index.html to fr/404.html and es/404/index.html to es/404.html, and leaves English alone', () => {
    expect(localized404Moves()).toEqual([
      { from: join('fr', '404', 'index.html'), to: join('fr', '404.html') },
      { from: join('es', '404', 'index.html'), to: join('es', '404.html') },
    ]);
  });
});
