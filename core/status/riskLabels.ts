import type { z } from 'zod';
import type { Language } from '../schema/common';
import type { RiskLevel } from '../schema/status';

/** Names of the risk levels a status report can give. */
export const RISK_LABELS: Record<z.infer<typeof RiskLevel>, Record<Language, string>> = {
  low: { nb: 'Lav', nn: 'Låg', en: 'Low' },
  medium: { nb: 'Middels', nn: 'Middels', en: 'Medium' },
  high: { nb: 'Høy', nn: 'Høg', en: 'High' },
};
