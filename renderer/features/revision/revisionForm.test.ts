import { describe, expect, it } from 'vitest';
import { checkRevision, defaultRevision, nextTitle } from './revisionForm';

const plan = {
  title: 'Handlingsplan mot vold i nære relasjoner 2026–2029',
  period: { fromYear: 2026, toYear: 2029 },
};

describe('revision form', () => {
  it('proposes the next four years and moves the years in the title', () => {
    expect(defaultRevision(plan)).toEqual({
      title: 'Handlingsplan mot vold i nære relasjoner 2030–2033',
      fromYear: '2030',
      toYear: '2033',
    });
    expect(nextTitle('Plan 2026-2029', 2026, 2029, 2030, 2033)).toBe('Plan 2030–2033');
    expect(nextTitle('Handlingsplan', 2026, 2029, 2030, 2033)).toBe('Handlingsplan 2030–2033');
  });

  it('accepts a valid request', () => {
    expect(checkRevision({ title: ' Ny plan ', fromYear: '2030', toYear: '2033' }, plan)).toEqual({
      ok: true,
      request: { title: 'Ny plan', fromYear: 2030, toYear: 2033 },
    });
  });

  it('says what is wrong with the title and the years', () => {
    expect(checkRevision({ title: ' ', fromYear: '20x0', toYear: '2033' }, plan)).toEqual({
      ok: false,
      errors: { title: 'title', fromYear: 'year' },
    });
    expect(checkRevision({ title: 'Ny', fromYear: '2026', toYear: '2029' }, plan)).toEqual({
      ok: false,
      errors: { fromYear: 'start' },
    });
    expect(checkRevision({ title: 'Ny', fromYear: '2031', toYear: '2030' }, plan)).toEqual({
      ok: false,
      errors: { toYear: 'order' },
    });
    expect(checkRevision({ title: 'Ny', fromYear: '2030', toYear: '2050' }, plan)).toEqual({
      ok: false,
      errors: { toYear: 'tooLong' },
    });
  });
});
