import { createRequire } from 'node:module';
import { type RenderedImage, Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

/** The fonts the wheel is drawn with, from the `dejavu-fonts-ttf` package that ships with the app. */
export const WHEEL_FONT_FILES: readonly string[] = [
  require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
];

/**
 * Renders SVG to PNG at `scale` times its size. resvg draws no text at all without a font it can load, so the
 * DejaVu files are given explicitly and system fonts are not consulted: the picture is the same on every machine.
 */
export function svgToPng(svg: string, scale = 1): Uint8Array {
  return new Uint8Array(renderSvg(svg, scale).asPng());
}

/** The rendered picture, for callers that look at its pixels. */
export function renderSvg(svg: string, scale = 1): RenderedImage {
  const resvg = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: [...WHEEL_FONT_FILES],
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    logLevel: 'off',
  });
  return resvg.render();
}
