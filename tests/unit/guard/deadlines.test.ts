import { describe, expect, it } from 'vitest';
import { deadlineProblems } from '../../../src/guard/deadlines';

const found = (body: string) => deadlineProblems('content/docs/page.mdx', body).map((p) => `${p.field}: ${p.rule}`);

describe('deadline rule', () => {
  it('reports a deadline year written as text, in English, French and Spanish, with its line', () => {
    expect(found('Intro.\nEnd it by 2030.')).toEqual([expect.stringMatching(/^line 2: "by 2030" is a deadline/)]);
    expect(found('Y mettre fin d’ici 2025.')).toHaveLength(1);
    expect(found("Y mettre fin d'ici à 2030.")).toHaveLength(1);
    expect(found('Ponerle fin para 2025.')).toHaveLength(1);
    expect(found('Antes de 2030, ponerle fin.')).toHaveLength(1);
  });

  it('leaves quotations, reference years and attribute values written in a component alone', () => {
    expect(found('> and by 2025 end child labour in all its forms.')).toEqual([]);
    expect(found('<blockquote lang="en">\n  and by 2025 end child labour.\n</blockquote>\nEnd it by 2030.')).toEqual([
      expect.stringMatching(/^line 4: "by 2030"/),
    ]);
    expect(found('The brochure speaks of ending it "by 2025" in one passage.')).toEqual([]);
    expect(found('Il cite « d’ici 2025 » tel quel.')).toEqual([]);
    expect(found('La estimación de la OIT para 2012 y las cifras para 2020.')).toEqual([]);
    expect(found('The estimate for 2020, published in 2021, was revised in 2024.')).toEqual([]);
  });

  it('reports a deadline in a component attribute a reader sees', () => {
    expect(found('<LinkCard title="IPEC+" description="Ending child labour by 2025." />')).toHaveLength(1);
  });
});
