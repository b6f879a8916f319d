import { useTranslation } from 'react-i18next';
import { periodLabel, STATUS_LABELS } from '../../../core/labels/domainLabels';
import type { Language } from '../../../core/schema/common';
import type { StatusOrMissing } from '../../../core/status/summary';
import { isLanguage } from '../../i18n';

export interface DomainLanguage {
  language: Language;
  statusLabel(status: StatusOrMissing): string;
  periodLabel(periodId: string): string;
}

/** Status and period names from core's vocabulary, in the UI language. */
export function useDomainLanguage(): DomainLanguage {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'nb';
  return {
    language,
    statusLabel: (status) => STATUS_LABELS[status][language],
    periodLabel: (periodId) => periodLabel(periodId, language),
  };
}
