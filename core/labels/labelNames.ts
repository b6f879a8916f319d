import { inLanguages } from '../messages/inLanguages';
import type { Message } from '../messages/message';
import type { Language } from '../schema/common';
import type { MeasureStatus } from '../schema/status';
import { periodLabel, STATUS_LABELS } from './domainLabels';

/** A status label («Forsinket» / «Forseinka» / «Delayed») as a message parameter. */
export function statusName(status: MeasureStatus | 'no-report'): Message {
  return inLanguages(STATUS_LABELS[status]);
}

/** A reporting period («2. tertial 2027») as a message parameter. */
export function periodName(periodId: string): Message {
  const label = (language: Language) => periodLabel(periodId, language);
  return inLanguages({ nb: label('nb'), nn: label('nn'), en: label('en') });
}
