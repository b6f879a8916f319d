import { describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../../../core/plan/create';
import { samplePlan } from '../../../core/plan/testPlan';
import { checkedPlanText } from './checkedPlanText';

describe('checking the same plan text twice', () => {
  it('gives the first answer again for the same text, and checks a changed text anew', () => {
    const text = JSON.stringify(wrapPlanFile(samplePlan()));
    const first = checkedPlanText(text);
    expect(first.ok).toBe(true);
    expect(checkedPlanText(`${text}`)).toBe(first);
    const renamed = text.replace(samplePlan().title, 'Ny tittel');
    const second = checkedPlanText(renamed);
    expect(second).not.toBe(first);
    expect(second.ok && second.file.plan.title).toBe('Ny tittel');
    expect(checkedPlanText('{"broken"').ok).toBe(false);
  });
});
