import type { Plan } from '../../../core/schema/plan';
import type { OutgoingFile } from '../outgoingFile';
import { fourYearPosterSvg, fourYearSpan } from './fourYearPoster';
import { svgToPng } from './png';
import { type WheelPosterOptions, wheelPosterSvg } from './wheelPoster';

export type WheelImageFormat = 'svg' | 'png';

export interface WheelImageOptions extends WheelPosterOptions {
  format: WheelImageFormat;
}

function safeFileName(text: string): string {
  return text
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
}

/** The annual wheel of `year`, or (with `year` null) the four-year wheel, as an SVG or PNG file. */
export function wheelImageFile(
  plan: Plan,
  options: Omit<WheelImageOptions, 'year'> & { year: number | null },
): OutgoingFile {
  const { year } = options;
  const svg = year === null ? fourYearPosterSvg(plan, options) : wheelPosterSvg(plan, { ...options, year });
  const name =
    year === null
      ? `Fireårshjul ${fourYearSpan(plan).from}-${fourYearSpan(plan).to} ${plan.municipality.name}`
      : `Årshjul ${year} ${plan.municipality.name}`;
  const base = safeFileName(name);
  if (options.format === 'svg') {
    return {
      fileName: `${base}.svg`,
      bytes: new TextEncoder().encode(svg),
      mimeType: 'image/svg+xml',
      filter: { name: 'SVG-bilde', extensions: ['svg'] },
    };
  }
  return {
    fileName: `${base}.png`,
    bytes: svgToPng(svg, 1.5),
    mimeType: 'image/png',
    filter: { name: 'PNG-bilde', extensions: ['png'] },
  };
}
