import { STATUS_LABELS } from '../../../core/labels/domainLabels';
import { REPORTABLE_STATUSES, type ReportableStatus } from '../../../core/status/draft';
import { RISK_LABELS } from '../../../core/status/riskLabels';

export type Risk = 'low' | 'medium' | 'high';

/** Text as people type it in a cell, made comparable: case, dashes and spaces do not matter. */
export const normaliseAnswer = (text: string) =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('nb')
    .replace(/[‐‑‒–—−-]/g, '-')
    .replace(/\s*-\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();

/** Status labels people may type or pick (Bokmål and Nynorsk), to the status they mean. */
const STATUS_BY_LABEL = new Map<string, ReportableStatus>(
  REPORTABLE_STATUSES.flatMap((s) => [
    [normaliseAnswer(STATUS_LABELS[s].nb), s] as const,
    [normaliseAnswer(STATUS_LABELS[s].nn), s] as const,
  ]),
);
const DERIVED_LABELS = new Set([
  normaliseAnswer(STATUS_LABELS['done-late'].nb),
  normaliseAnswer(STATUS_LABELS['done-late'].nn),
]);
const RISK_BY_LABEL = new Map(
  Object.entries(RISK_LABELS).flatMap(([risk, l]) => [
    [normaliseAnswer(l.nb), risk as Risk] as const,
    [normaliseAnswer(l.nn), risk as Risk] as const,
  ]),
);

export const statusOfLabel = (text: string) => STATUS_BY_LABEL.get(normaliseAnswer(text));
/** A status the app sets itself («Gjennomført etter frist»), which a form may not choose. */
export const isDerivedStatusLabel = (text: string) => DERIVED_LABELS.has(normaliseAnswer(text));
export const riskOfLabel = (text: string) => RISK_BY_LABEL.get(normaliseAnswer(text));
