import { Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { measureNumbers } from '../../../core/plan/numbering';
import type { Plan } from '../../../core/schema/plan';
import { formatDate } from '../../i18n/dates';
import { StatusHistory } from '../status/StatusHistory';

interface MeasureHistoryDialogProps {
  plan: Plan;
  measureId: string | null;
  onClose(): void;
}

/** A measure's whole status history, read-only, over the leadership view. */
export function MeasureHistoryDialog({ plan, measureId, onClose }: MeasureHistoryDialogProps) {
  const { t, i18n } = useTranslation();
  const numbers = useMemo(() => measureNumbers(plan), [plan]);
  const measure = measureId ? plan.measures.find((m) => m.id === measureId) : undefined;
  const owner = measure ? plan.units.find((u) => u.id === measure.leadOwnerUnitId) : undefined;
  return (
    <Dialog
      open={measure !== undefined}
      onClose={onClose}
      closeButton={t('leadership.history.close')}
      className="ph-history-dialog"
      aria-labelledby="history-dialog-heading"
    >
      {measure && (
        <Dialog.Block className="ph-history-dialog__body">
          <Heading level={2} data-size="sm" id="history-dialog-heading">
            {numbers.get(measure.id)} {measure.title}
          </Heading>
          <Paragraph data-size="sm" className="ph-muted">
            {[
              owner?.name,
              measure.deadline
                ? t('leadership.items.deadline', { date: formatDate(measure.deadline, i18n.language) })
                : '',
            ]
              .filter(Boolean)
              .join(' · ')}
          </Paragraph>
          {measure.description && <Paragraph>{measure.description}</Paragraph>}
          <Heading level={3} data-size="xs">
            {t('status.history.heading')}
          </Heading>
          <StatusHistory plan={plan} measureId={measure.id} headingLevel={4} />
        </Dialog.Block>
      )}
    </Dialog>
  );
}
