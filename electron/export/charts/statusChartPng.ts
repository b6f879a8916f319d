import type { PngImage } from '../wheel/pngCache';
import { renderChartPng } from './renderChart';
import { type StatusChartInput, statusChartImage } from './statusChart';

/** The status of the measures per focus area as a PNG bar chart (bytes and pixel size), drawn now. */
export function statusChartPng(input: StatusChartInput): PngImage {
  const image = statusChartImage(input);
  return { bytes: renderChartPng(image), width: image.width, height: image.height };
}
