import { describe, expect, it } from 'vitest';
import { createPlan } from '../../../core/plan/create';
import { occurrencesInYear } from '../../../core/wheel/agenda';
import { defaultPlanTemplate } from '../../../templates';
import { wheelImageFile } from './wheelImage';
import { wheelPosterSvg } from './wheelPoster';

const plan = createPlan(
  {
    title: 'Handlingsplan mot vold i nære relasjoner',
    municipality: 'Eksempel kommune',
    fromYear: 2026,
    toYear: 2029,
  },
  new Date('2026-11-01T09:00:00Z'),
  defaultPlanTemplate,
);
const now = new Date('2026-11-25T10:00:00Z');

const texts = (svg: string) =>
  [...svg.matchAll(/<text\b[^>]*>(?:<textPath[^>]*>)?([^<]*)</g)].map((m) => m[1] ?? '');

describe('exported wheel picture', () => {
  it.each([2026, 2027, 2028, 2029])(
    'shows every item of %i with the default presets, each listed in full or nearly',
    (year) => {
      const svg = wheelPosterSvg(plan, { year, language: 'nb', now });
      const occurrences = occurrencesInYear(plan, year);
      expect(occurrences.length).toBeGreaterThanOrEqual(20);
      expect(svg.match(/class="ph-wheel-item"/g)).toHaveLength(occurrences.length);
      const lines = texts(svg);
      for (const occurrence of occurrences) {
        const shown = lines.find(
          (line) =>
            occurrence.title.startsWith(line.replace(/…$/, '')) &&
            line.length >= Math.min(20, occurrence.title.length),
        );
        expect(shown, occurrence.title).toBeDefined();
      }
      expect(lines).toContain(`Årshjul ${year} – Handlingsplan mot vold i nære relasjoner`);
      expect(lines).toContain('januar');
      // Today's marker only in the year it belongs to.
      expect(svg.includes('ph-wheel-today')).toBe(year === 2026);
    },
  );

  it('can leave out rings and show one owner', () => {
    const svg = wheelPosterSvg(plan, { year: 2027, language: 'nb', now, rings: ['reporting'] });
    expect(svg.match(/data-ring="(\w+)"/g)?.every((m) => m === 'data-ring="reporting"')).toBe(true);
    const none = wheelPosterSvg(plan, { year: 2027, language: 'nb', now, ownerUnitId: 'nobody' });
    expect(none).not.toContain('class="ph-wheel-item"');
  });

  it('speaks the language asked for', () => {
    const lines = texts(wheelPosterSvg(plan, { year: 2027, language: 'en', now }));
    expect(lines).toContain('January');
    expect(lines).toContain('Events month by month');
  });

  it('names the files after the year and the municipality', () => {
    expect(wheelImageFile(plan, { year: 2027, format: 'svg', language: 'nb', now })).toMatchObject({
      fileName: 'Årshjul 2027 Eksempel kommune.svg',
      mimeType: 'image/svg+xml',
    });
    expect(wheelImageFile(plan, { year: 2027, format: 'png', language: 'nb', now })).toMatchObject({
      fileName: 'Årshjul 2027 Eksempel kommune.png',
      mimeType: 'image/png',
    });
  });
});
