import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The DejaVu Sans faces the charts are drawn with, shipped as the npm package `dejavu-fonts-ttf`. */
const FACES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

export const CHART_FONT_FAMILY = 'DejaVu Sans';

/**
 * Paths of the chart fonts. resvg draws no text at all without a font it has loaded, so a missing font is an
 * error here rather than a chart with blank labels.
 */
export function chartFontFiles(): string[] {
  return FACES.map((face) => {
    const path = require.resolve(`dejavu-fonts-ttf/ttf/${face}`);
    if (!existsSync(path)) throw new Error(`Fant ikke skrifttypen ${face} (${path}).`);
    return path;
  });
}
