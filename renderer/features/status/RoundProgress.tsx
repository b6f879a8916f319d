import { Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusRound } from '../../../core/status/roundSchema';
import { formatDate } from '../../i18n/dates';

/** How far the round has come: reported of those that need a report, and the collection deadline. */
export function RoundProgress({ round }: { round: StatusRound }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const needed = round.reported + round.missing;
  return (
    <div className="ph-round-progress">
      <Paragraph data-size="lg" id={id} className="ph-round-progress__figure">
        {t('status.round.progress', { reported: round.reported, count: needed })}
      </Paragraph>
      <progress
        className="ph-progress"
        max={Math.max(needed, 1)}
        value={round.reported}
        aria-labelledby={id}
      />
      <Paragraph data-size="sm">
        {t('status.round.missing', { count: round.missing })}{' '}
        {round.closed > 0 && t('status.round.closed', { count: round.closed })}
      </Paragraph>
      <Paragraph data-size="sm" className="ph-muted">
        {t('status.round.deadline', { date: formatDate(round.collectionDeadline, i18n.language) })}
      </Paragraph>
    </div>
  );
}
