import type { TextRun } from 'docx';
import { STATUS_LABELS, STATUS_TRAFFIC_LIGHT } from '../../../core/labels/domainLabels';
import type { StatusOrMissing } from '../../../core/status/summary';
import type { DocumentLanguage } from './labels';
import { run } from './text';

type Light = (typeof STATUS_TRAFFIC_LIGHT)[StatusOrMissing];

/**
 * Each light has its own shape as well as its colour, so the status reads in black and white and for readers
 * who do not tell red from green; the status word always stands beside it.
 */
export const LIGHT_SYMBOL: Record<Light, { symbol: string; color: string }> = {
  green: { symbol: '●', color: '2E7D32' },
  yellow: { symbol: '▲', color: 'C77C00' },
  red: { symbol: '■', color: 'C62828' },
  blue: { symbol: '◆', color: '1565C0' },
  grey: { symbol: '○', color: '757575' },
};

/** «● Pågår – i rute»: the coloured symbol and the status word. */
export function statusRuns(status: StatusOrMissing, language: DocumentLanguage, bold = false): TextRun[] {
  const light = LIGHT_SYMBOL[STATUS_TRAFFIC_LIGHT[status]];
  return [run(`${light.symbol} `, { color: light.color }), run(STATUS_LABELS[status][language], { bold })];
}
