import { describe, expect, it } from 'vitest';
import { formatCoreMessage } from './catalogues';
import { longDate, monthName } from './dates';
import { inLanguages } from './inLanguages';
import { message } from './message';

describe('texts that carry their own languages', () => {
  it('show the text of the language they are rendered in, also nested in a message', () => {
    const label = inLanguages({ nb: 'Forsinket', nn: 'Forseinka', en: 'Delayed' });
    expect(formatCoreMessage(label, 'nn')).toBe('Forseinka');
    const sentence = message('wheel.month-too-short', { month: monthName(2), days: 29 });
    expect(formatCoreMessage(sentence, 'en')).toBe('February has only 29 days');
    expect(JSON.parse(JSON.stringify(label))).toEqual(label);
  });

  it('write dates as people in each language do', () => {
    const date = longDate('2027-06-30');
    expect(formatCoreMessage(date, 'nb')).toBe('30. juni 2027');
    expect(formatCoreMessage(date, 'nn')).toBe('30. juni 2027');
    expect(formatCoreMessage(date, 'en')).toBe('30 June 2027');
    expect(formatCoreMessage(monthName(12), 'nn')).toBe('desember');
  });
});
