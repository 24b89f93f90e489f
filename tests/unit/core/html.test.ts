import { describe, expect, it } from 'vitest';
import { escapeHtml, html, Html, NO_HTML } from '../../../src/core/html';

describe('html (escaping tagged template)', () => {
  it('writes every interpolated text as text, in content and in attributes', () => {
    const hostile = `<script>alert(1)</script>" onload="x' <!--`;
    const out = String(html`<text aria-label="${hostile}" data-tip='${hostile}'>${hostile}</text>`);
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('" onload');
    expect(out).not.toContain("' <!--");
    expect(out).not.toContain('<!--');
    expect(out).toBe(
      `<text aria-label="${escapeHtml(hostile)}" data-tip='${escapeHtml(hostile)}'>${escapeHtml(hostile)}</text>`,
    );
  });

  it('keeps markup made by the template, and joins lists of it', () => {
    const items = ['a<b', 'c&d'].map((t) => html`<li>${t}</li>`);
    expect(String(html`<ul>${items}</ul>`)).toBe('<ul><li>a&lt;b</li><li>c&amp;d</li></ul>');
  });

  it('writes nothing for false, null, undefined and NO_HTML, and numbers as they print', () => {
    expect(String(html`<g>${false}${null}${undefined}${NO_HTML}${0}${-1.5}</g>`)).toBe('<g>0-1.5</g>');
  });

  it('treats a plain string that looks like markup as text, so only Html can add elements', () => {
    const made: Html = html`<b>bold</b>`;
    expect(String(html`${made}|${String(made)}`)).toBe('<b>bold</b>|&lt;b&gt;bold&lt;/b&gt;');
  });

  it('escapes the five characters markup reads, and nothing else', () => {
    expect(escapeHtml(`&<>"' é 5%`)).toBe('&amp;&lt;&gt;&quot;&#39; é 5%');
  });
});
