import type { Plan } from '../../../core/schema/plan';
import type { OutgoingFile } from '../outgoingFile';
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

export function wheelImageFile(plan: Plan, options: WheelImageOptions): OutgoingFile {
  const svg = wheelPosterSvg(plan, options);
  const base = safeFileName(`Årshjul ${options.year} ${plan.municipality.name}`);
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
