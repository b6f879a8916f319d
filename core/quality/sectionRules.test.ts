import { describe, expect, it } from 'vitest';
import { formatCoreMessage } from '../messages/catalogues';
import { completePlan, TEST_VOCABULARY } from './completePlan';
import { sectionRules } from './sectionRules';

describe('section rules', () => {
  it('accept written sections', () => {
    expect(sectionRules(completePlan(), TEST_VOCABULARY)).toEqual([]);
  });

  it('flag an empty section and one holding only blank text, and accept a bullet list', () => {
    const plan = completePlan();
    const sections = [
      { id: 'a', kind: 'background', title: 'Bakgrunn', body: [] },
      { id: 'b', title: 'Omfang', body: [{ type: 'paragraph' as const, runs: [{ text: '  ' }] }] },
      { id: 'c', title: 'Hjelp', body: [{ type: 'bullets' as const, items: [[{ text: 'Legevakten' }]] }] },
    ];
    const findings = sectionRules({ ...plan, sections }, TEST_VOCABULARY);
    expect(findings.map((f) => f.target)).toEqual([
      { kind: 'section', id: 'a', field: 'body' },
      { kind: 'section', id: 'b', field: 'body' },
    ]);
    expect(findings[0]?.message).toMatch(/^Kapittelet «Bakgrunn» er tomt\./);
  });

  it('flag a plan without text sections', () => {
    expect(sectionRules({ ...completePlan(), sections: [] }, TEST_VOCABULARY).map((f) => f.id)).toEqual([
      'plan.sections-missing',
    ]);
  });

  it('say «a chapter without a title» rather than quoting an empty title', () => {
    const sections = [{ id: 'x', title: ' ', body: [] }];
    const [finding] = sectionRules({ ...completePlan(), sections }, TEST_VOCABULARY);
    expect(finding?.message).toMatch(/^Et kapittel uten tittel er tomt\./);
    expect(formatCoreMessage(finding!.text, 'nn')).toMatch(/^Eit kapittel utan tittel er tomt\./);
    expect(formatCoreMessage(finding!.text, 'en')).toMatch(/^A chapter without a title is empty\./);
  });
});
