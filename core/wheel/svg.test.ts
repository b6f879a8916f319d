import { describe, expect, it } from 'vitest';
import { samplePlan } from '../plan/testPlan';
import { occurrencesInYear } from './agenda';
import { contrastRatio, RING_COLORS, WHEEL_INK } from './colors';
import { addWheelEvent } from './events';
import { layoutWheel } from './layout';
import { wheelPoster, wheelSvg } from './svg';
import { el, type SvgElement, type SvgNode, serializeSvg, textContent } from './svgTree';
import { posterText, wheelText } from './text';
import { textWidth } from './textWidth';

function plan() {
  let p = samplePlan();
  p = addWheelEvent(p, {
    title: 'Kampanje i russetiden mot seksuell vold & press <ungdom>',
    ring: 'campaign',
    rule: { kind: 'range', start: { month: 4, day: 15 }, end: { month: 5, day: 17 } },
  }).plan;
  p = addWheelEvent(p, {
    title: 'Kvinnedagen',
    ring: 'campaign',
    rule: { kind: 'fixed', month: 3, day: 8 },
  }).plan;
  return p;
}

const layout = layoutWheel({ year: 2027, occurrences: occurrencesInYear(plan(), 2027), today: '2027-03-01' });
const text = wheelText({ language: 'nb', today: '2027-03-01', hubLines: ['Bodø'] });

function find(node: SvgNode, match: (e: SvgElement) => boolean): SvgElement[] {
  if (typeof node === 'string') return [];
  return [...(match(node) ? [node] : []), ...node.children.flatMap((c) => find(c, match))];
}

describe('wheel drawing', () => {
  const tree = wheelSvg(layout, { text, idPrefix: 'w', interactive: true });

  it('has the Norwegian month names, the year, today and one group per item with its full text', () => {
    const words = textContent(tree);
    for (const month of ['januar', 'februar', 'mars', 'juni', 'desember']) expect(words).toContain(month);
    expect(words).toContain('2027');
    expect(words).toContain('I dag 1. mars');
    const items = find(tree, (e) => e.occurrenceId !== undefined);
    expect(items).toHaveLength(layout.items.length);
    const kostra = items.find(
      (e) => e.occurrenceId === layout.items.find((i) => i.occurrence.title === 'Kvinnedagen')?.occurrence.id,
    );
    expect(textContent(kostra!)[0]).toMatch(/^\d+\. 8\. mars 2027: Kvinnedagen$/);
  });

  it('fits every label on an arc inside the arc, cut with an ellipsis when too long', () => {
    const labels = find(tree, (e) => e.tag === 'textPath');
    const paths = new Map(
      find(tree, (e) => e.tag === 'path' && typeof e.attrs.id === 'string').map((p) => [p.attrs.id, p]),
    );
    let cut = 0;
    for (const label of labels) {
      const id = String(label.attrs.href).slice(1);
      if (!id.startsWith('w-item-')) continue;
      const number = Number(id.slice('w-item-'.length));
      const item = layout.items.find((i) => i.number === number)!;
      const parent = find(tree, (e) => e.tag === 'text' && e.children.includes(label))[0]!;
      const words = String(label.children[0]);
      const room = (item.endAngle - item.startAngle) * item.radius;
      expect(textWidth(words, Number(parent.attrs['font-size']))).toBeLessThanOrEqual(room);
      expect(paths.has(id)).toBe(true);
      if (words.endsWith('…')) cut += 1;
    }
    expect(cut).toBeGreaterThan(0);
  });

  it('escapes text when written to a file', () => {
    const svg = serializeSvg(
      wheelPoster(layout, {
        text: posterText({
          language: 'nb',
          today: '2027-03-01',
          year: 2027,
          planTitle: 'Trygg «hverdag» & <tiltak>',
          municipality: 'Bodø',
          period: { fromYear: 2026, toYear: 2029 },
          count: layout.items.length,
        }),
        idPrefix: 'p',
        interactive: false,
      }),
    );
    expect(svg).toContain('Trygg «hverdag» &amp; &lt;tiltak&gt;');
    expect(svg).not.toContain('ph-wheel-focus');
    expect(serializeSvg(el('text', { x: 1 }, 'a"b'))).toBe(
      '<text x="1">a"b</text>'.replace('a"b', 'a&quot;b'),
    );
  });

  it('lists every item beside the exported wheel, each on its own line', () => {
    const poster = wheelPoster(layout, {
      text: posterText({
        language: 'nb',
        today: '2027-03-01',
        year: 2027,
        planTitle: 'Plan',
        municipality: 'Bodø',
        period: { fromYear: 2026, toYear: 2029 },
        count: layout.items.length,
      }),
      idPrefix: 'p',
      interactive: false,
    });
    const listTexts = find(poster, (e) => e.tag === 'text' && Number(e.attrs.x) > 1000);
    for (const item of layout.items) {
      const prefix = item.occurrence.title.slice(0, 8);
      expect(listTexts.some((t) => String(t.children[0]).startsWith(prefix))).toBe(true);
    }
    const rows = listTexts.filter((t) => Number(t.attrs.y) >= 300).map((t) => `${t.attrs.x}/${t.attrs.y}`);
    expect(new Set(rows).size).toBe(rows.length);
  });

  it('uses ring colours that white text can be read on', () => {
    for (const color of Object.values(RING_COLORS))
      expect(contrastRatio(color, WHEEL_INK.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(WHEEL_INK.subtle, WHEEL_INK.monthA)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(WHEEL_INK.today, WHEEL_INK.background)).toBeGreaterThanOrEqual(4.5);
  });
});
