import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportingPeriod } from '../../../core/reporting/periods';
import { IsoDate } from '../../../core/schema/common';
import type { Plan } from '../../../core/schema/plan';
import { statusChecks } from '../../../core/status/checks';
import type { ReportableStatus } from '../../../core/status/draft';
import type { StatusFinding } from '../../../core/status/findings';
import { messageText } from '../../app/errors';
import { DateTextfield } from '../../components/DateTextfield';
import { isoToday, laterDate } from './periodChoice';

interface ChecksPanelProps {
  plan: Plan;
  period: ReportingPeriod;
  /** Opens the measure, with the status the check suggests for a new report. */
  onFix(measureId: string, suggestedStatus?: ReportableStatus): void;
}

/** The day the report is put together: today, but at least the end of the period being reported. */
export function defaultCheckDate(period: Pick<ReportingPeriod, 'end'>, today: string = isoToday()): string {
  return laterDate(today, period.end);
}

/** Checks before the report goes out, each with its measure and a way to put it right. */
export function ChecksPanel({ plan, period, onFix }: ChecksPanelProps) {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState(() => defaultCheckDate(period));
  const validDate = IsoDate.safeParse(asOf).success;
  const findings = useMemo(
    () => (validDate ? statusChecks(plan, period.id, asOf) : []),
    [plan, period.id, asOf, validDate],
  );
  const missing = findings.filter((f) => f.kind === 'no-report').length;
  const others = findings.filter((f) => f.kind !== 'no-report');
  return (
    <section className="ph-section" aria-labelledby="round-checks-heading">
      <Heading level={2} data-size="sm" id="round-checks-heading">
        {t('status.checks.heading')}
      </Heading>
      <Paragraph>{t('status.checks.intro')}</Paragraph>
      <DateTextfield
        label={t('status.checks.asOf')}
        description={t('status.checks.asOfHint')}
        value={asOf}
        onValueChange={setAsOf}
        error={validDate ? undefined : t('status.form.errors.asOf')}
        className="ph-status-form__date"
      />
      <Paragraph role="status">
        {others.length === 0 ? t('status.checks.none') : t('status.checks.count', { count: others.length })}
        {missing > 0 && ` ${t('status.checks.missing', { count: missing })}`}
      </Paragraph>
      {others.length > 0 && (
        <ul className="ph-findings">
          {others.map((finding, index) => (
            <FindingItem
              key={`${finding.measureId}-${finding.kind}-${finding.quote ?? ''}`}
              finding={finding}
              index={index}
              onFix={onFix}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function FindingItem({
  finding,
  index,
  onFix,
}: {
  finding: StatusFinding;
  index: number;
  onFix: ChecksPanelProps['onFix'];
}) {
  const { t } = useTranslation();
  const titleId = `finding-${index}`;
  const suggested =
    finding.suggestedStatus && finding.suggestedStatus !== 'done-late' ? finding.suggestedStatus : undefined;
  return (
    <li className="ph-finding" data-kind={finding.kind}>
      <Paragraph className="ph-finding__measure" id={titleId}>
        <strong>
          {finding.measureNumber} {finding.measureTitle}
        </strong>
        <span className="ph-finding__kind">{t(`status.checks.kinds.${finding.kind}`)}</span>
      </Paragraph>
      <Paragraph data-size="sm">{messageText(finding.text, finding.message)}</Paragraph>
      <Paragraph data-size="sm">
        <button
          type="button"
          className="ph-linkbutton"
          aria-describedby={titleId}
          onClick={() => onFix(finding.measureId, suggested)}
        >
          {messageText(finding.actionText, finding.suggestedAction)}
        </button>
      </Paragraph>
    </li>
  );
}
