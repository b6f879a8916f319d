import { Button, Details, Heading, Paragraph, Switch } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundMeasure, RoundOwnerGroup, StatusRound } from '../../../core/status/roundSchema';
import { LightSymbol } from './LightSymbol';
import { StatusBadge } from './StatusBadge';
import { useDomainLanguage } from './useDomainLanguage';

interface OwnerGroupsProps {
  round: StatusRound;
  onOpen(measureId: string): void;
  /** Exports one owner's status form; absent when forms cannot be made (read-only, busy). */
  onExport?: (unitId: string) => void;
}

/** The round per lead owner unit: who has reported and who has not. */
export function OwnerGroups({ round, onOpen, onExport }: OwnerGroupsProps) {
  const { t } = useTranslation();
  const [onlyMissing, setOnlyMissing] = useState(false);
  const groups = round.owners.filter((g) => !onlyMissing || g.missing.length > 0);
  return (
    <section className="ph-section" aria-labelledby="round-owners-heading">
      <Heading level={2} data-size="sm" id="round-owners-heading">
        {t('status.round.ownersHeading')}
      </Heading>
      <Switch
        label={t('status.round.onlyMissing')}
        checked={onlyMissing}
        onChange={(event) => setOnlyMissing(event.target.checked)}
      />
      {groups.length === 0 ? (
        <Paragraph className="ph-empty">{t('status.round.allReported')}</Paragraph>
      ) : (
        <ul className="ph-owner-groups">
          {groups.map((group) => (
            <OwnerGroup
              key={group.unitId ?? 'none'}
              group={group}
              onlyMissing={onlyMissing}
              onOpen={onOpen}
              onExport={onExport}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

interface OwnerGroupProps {
  group: RoundOwnerGroup;
  onlyMissing: boolean;
  onOpen(measureId: string): void;
  onExport?: (unitId: string) => void;
}

function OwnerGroup({ group, onlyMissing, onOpen, onExport }: OwnerGroupProps) {
  const { t } = useTranslation();
  const needed = group.reported.length + group.missing.length;
  const headingId = `owner-${group.unitId ?? 'none'}`;
  const unitName = group.unitId === null ? t('status.round.noOwner') : group.unitName;
  return (
    <li className="ph-owner">
      <div className="ph-owner__head">
        <Heading level={3} data-size="xs" id={headingId}>
          {unitName}
        </Heading>
        <Paragraph data-size="sm" className="ph-owner__count">
          {needed > 0
            ? t('status.round.ownerCount', { reported: group.reported.length, count: needed })
            : t('status.round.ownerAllClosed')}
        </Paragraph>
        {onExport && group.unitId !== null && needed > 0 && (
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() => group.unitId !== null && onExport(group.unitId)}
            aria-label={t('status.forms.exportOneLabel', { unit: unitName })}
          >
            {t('status.forms.exportOne')}
          </Button>
        )}
      </div>
      {group.missing.length > 0 && (
        <MeasureList
          label={t('status.round.missingList', { unit: unitName })}
          measures={group.missing}
          onOpen={onOpen}
        />
      )}
      {!onlyMissing && group.reported.length > 0 && (
        <MeasureList
          label={t('status.round.reportedList', { unit: unitName })}
          measures={group.reported}
          onOpen={onOpen}
        />
      )}
      {!onlyMissing && group.closed.length > 0 && (
        <Details>
          <Details.Summary>{t('status.round.closedList', { count: group.closed.length })}</Details.Summary>
          <Details.Content>
            <MeasureList
              label={t('status.round.closedListLabel', { unit: unitName })}
              measures={group.closed}
              onOpen={onOpen}
            />
          </Details.Content>
        </Details>
      )}
    </li>
  );
}

function MeasureList({
  label,
  measures,
  onOpen,
}: {
  label: string;
  measures: RoundMeasure[];
  onOpen(measureId: string): void;
}) {
  const { t } = useTranslation();
  const { statusLabel } = useDomainLanguage();
  return (
    <ul className="ph-round-measures" aria-label={label}>
      {measures.map((m) => (
        <li key={m.measureId} className="ph-round-measure">
          <button
            type="button"
            className="ph-linkbutton"
            data-measure-id={m.measureId}
            onClick={() => onOpen(m.measureId)}
          >
            {m.number} {m.title}
          </button>
          <span className="ph-round-measure__status">
            {m.reportedStatus ? (
              <StatusBadge status={m.reportedStatus} />
            ) : (
              <span className="ph-status" data-light="grey" data-missing="">
                <LightSymbol light="grey" />
                <span>{t('status.round.notReported')}</span>
              </span>
            )}
            {!m.reportedStatus && m.previousStatus && (
              <span className="ph-muted">
                {t('status.round.previousStatus', { status: statusLabel(m.previousStatus) })}
              </span>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
