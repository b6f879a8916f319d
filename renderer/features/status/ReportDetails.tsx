import { useTranslation } from 'react-i18next';
import type { Measure } from '../../../core/schema/measure';
import type { StatusUpdate } from '../../../core/schema/status';
import { RISK_LABELS } from '../../../core/status/riskLabels';
import { formatDate } from '../../i18n/dates';
import { useDomainLanguage } from './useDomainLanguage';

/** The content of one report as a description list; empty fields are left out. */
export function ReportDetails({ update, measure }: { update: StatusUpdate; measure: Measure | undefined }) {
  const { t, i18n } = useTranslation();
  const { language } = useDomainLanguage();
  const indicatorName = (id: string) => measure?.indicators.find((i) => i.id === id)?.name ?? id;
  const rows: [string, string][] = [
    [t('status.report.asOf'), formatDate(update.asOf, i18n.language)],
    [t('status.report.reason'), update.reason],
    [t('status.report.narrative'), update.narrative],
    [t('status.report.nextStep'), update.nextStep],
    [t('status.report.risk'), update.risk ? RISK_LABELS[update.risk][language] : ''],
    [t('status.report.decision'), update.decisionNeeded.needed ? update.decisionNeeded.text || '–' : ''],
    ...update.indicatorValues.map((v): [string, string] => [indicatorName(v.indicatorId), v.value]),
    [t('status.report.reportedBy'), update.reportedBy],
  ];
  return (
    <dl className="ph-report">
      {rows
        .filter(([, value]) => value.trim() !== '')
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
