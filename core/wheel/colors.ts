import type { WheelRing } from '../schema/wheel';

/**
 * One colour per ring, dark enough for white numbers and labels on top (contrast at least 4.5:1), and told
 * apart by hue. The band behind each ring is the same colour, faint.
 */
export const RING_COLORS: Record<WheelRing, string> = {
  political: '#7A1F5C',
  administrative: '#1F4E79',
  reporting: '#0B6B4C',
  campaign: '#A8321A',
  competence: '#55379A',
  planwork: '#6A5300',
};

export const WHEEL_INK = {
  text: '#1C2430',
  subtle: '#4A5563',
  line: '#B9C3CE',
  monthA: '#E9EEF3',
  monthB: '#DCE3EA',
  today: '#B0102B',
  background: '#FFFFFF',
};

function channel(hex: string, at: number): number {
  const value = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
  return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of `#RRGGBB`. */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
