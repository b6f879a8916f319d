import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { createPlan } from '../../../core/plan/create';
import { defaultPlanTemplate } from '../../../templates';
import { renderSvg, svgToPng } from './png';
import { wheelPosterSvg } from './wheelPoster';

const plan = createPlan(
  {
    title: 'Handlingsplan mot vold i nære relasjoner',
    municipality: 'Ås kommune',
    fromYear: 2026,
    toYear: 2029,
  },
  new Date('2026-11-01T09:00:00Z'),
  defaultPlanTemplate,
);
const svg = wheelPosterSvg(plan, { year: 2027, language: 'nb', now: new Date('2027-03-01T09:00:00Z') });
const withoutText = svg.replace(/<text\b[^>]*>.*?<\/text>/g, '');

/** Pixels where two renderings of the same size differ. */
function differingPixels(a: Uint8Array, b: Uint8Array): number {
  expect(a.length).toBe(b.length);
  let count = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2]) count += 1;
  }
  return count;
}

function darkPixels(pixels: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < pixels.length; i += 4) if ((pixels[i] ?? 255) < 100) count += 1;
  return count;
}

describe('wheel as PNG', () => {
  it('draws the text: the picture differs widely from the same picture with every text removed', () => {
    expect(withoutText.length).toBeLessThan(svg.length * 0.8);
    const drawn = renderSvg(svg).pixels;
    const bare = renderSvg(withoutText).pixels;
    // Month names, the year, labels and the list: tens of thousands of pixels of lettering.
    expect(differingPixels(drawn, bare)).toBeGreaterThan(40_000);
  });

  it('draws Norwegian letters with ink, not as empty boxes or nothing', () => {
    const glyph = (text: string) =>
      renderSvg(
        `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="120"><text x="10" y="100" font-size="100" font-family="DejaVu Sans">${text}</text></svg>`,
      ).pixels;
    // Å has the ring above A: more ink than A alone, and Ø more than O.
    expect(darkPixels(glyph('A'))).toBeGreaterThan(500);
    expect(darkPixels(glyph('Å'))).toBeGreaterThan(darkPixels(glyph('A')));
    expect(darkPixels(glyph('Ø'))).toBeGreaterThan(darkPixels(glyph('O')));
  });

  it('would notice the fonts missing: without them resvg draws no text at all', () => {
    const noFonts = new Resvg(svg, {
      font: { loadSystemFonts: false },
      background: '#ffffff',
      logLevel: 'off',
    }).render().pixels;
    expect(differingPixels(noFonts, renderSvg(withoutText).pixels)).toBe(0);
  });

  it('writes a PNG file at one and a half times the size', () => {
    const png = svgToPng(svg, 1.5);
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const width = new DataView(png.buffer, png.byteOffset).getUint32(16);
    expect(width).toBe(Math.round(Number(/width="(\d+)"/.exec(svg)?.[1]) * 1.5));
  });
});
