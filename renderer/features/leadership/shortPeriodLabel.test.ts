import { describe, expect, it } from 'vitest';
import { shortPeriodLabel } from './shortPeriodLabel';

describe('shortPeriodLabel', () => {
  it('shortens period ids for the chart axis', () => {
    expect(shortPeriodLabel('2027-T2', 'nb')).toEqual(['T2', '2027']);
    expect(shortPeriodLabel('2027-Q3', 'nb')).toEqual(['K3', '2027']);
    expect(shortPeriodLabel('2027-Q3', 'en')).toEqual(['Q3', '2027']);
    expect(shortPeriodLabel('2027-A1', 'nn')).toEqual(['2027']);
    expect(shortPeriodLabel('odd', 'nb')).toEqual(['odd']);
  });
});
