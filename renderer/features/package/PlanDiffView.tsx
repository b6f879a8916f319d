import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ChangeSet, FieldChange, PlanDiff } from '../../../core/package/planDiffSchema';

type Kind = 'measure' | 'focusArea' | 'unit' | 'plan';

const MAX_SHOWN = 160;
const short = (text: string) => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)} …` : text);

function Changes({ kind, changes }: { kind: Kind; changes: readonly FieldChange[] }) {
  const { t } = useTranslation();
  const empty = t('package.diff.empty');
  return (
    <ul className="ph-diff__changes">
      {changes.map((change) => {
        const field = t(`package.fields.${kind}.${change.field}` as 'package.fields.plan.title');
        if (kind === 'plan' && change.field === 'sections') {
          return (
            <li key={change.field}>
              <span className="ph-diff__field">{field}:</span>{' '}
              {change.after && t('package.diff.sectionsChanged', { sections: change.after })}{' '}
              {change.before && t('package.diff.sectionsRemoved', { sections: change.before })}
            </li>
          );
        }
        if (!change.before && !change.after) {
          return <li key={change.field}>{t('package.diff.changedNoDetail', { field })}</li>;
        }
        return (
          <li key={change.field}>
            <span className="ph-diff__field">{field}:</span> <del>{short(change.before) || empty}</del>{' '}
            <span aria-hidden="true">→</span>
            <span className="ds-sr-only">{t('package.diff.becomes')}</span>{' '}
            <ins>{short(change.after) || empty}</ins>
          </li>
        );
      })}
    </ul>
  );
}

function Section<R extends { id: string }>({
  heading,
  kind,
  set,
  label,
}: {
  heading: string;
  kind: Kind;
  set: ChangeSet<R, string>;
  label(item: R): string;
}) {
  const { t } = useTranslation();
  if (set.added.length + set.removed.length + set.edited.length === 0) return null;
  return (
    <section className="ph-diff__section">
      <Heading level={5} data-size="2xs">
        {heading}
      </Heading>
      <ul className="ph-diff__list">
        {set.added.map((item) => (
          <li key={`+${item.id}`} data-change="added">
            <strong>{t('package.diff.added')}</strong> {label(item)}
          </li>
        ))}
        {set.removed.map((item) => (
          <li key={`-${item.id}`} data-change="removed">
            <strong>{t('package.diff.removed')}</strong> {label(item)}
          </li>
        ))}
        {set.edited.map((entry) => (
          <li key={`~${entry.item.id}`} data-change="edited">
            <strong>{t('package.diff.edited')}</strong> {label(entry.item)}
            <Changes kind={kind} changes={entry.changes} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What replacing would change: measures, focus areas, units and plan facts, each added, removed or edited. */
export function PlanDiffView({ diff }: { diff: PlanDiff }) {
  const { t } = useTranslation();
  if (diff.unchanged) return <Paragraph>{t('package.diff.unchanged')}</Paragraph>;
  return (
    <div className="ph-diff">
      <Section
        heading={t('package.diff.measures')}
        kind="measure"
        set={diff.measures}
        label={(m) => `${m.number} ${m.title}`.trim()}
      />
      <Section
        heading={t('package.diff.focusAreas')}
        kind="focusArea"
        set={diff.focusAreas}
        label={(f) => f.name}
      />
      <Section heading={t('package.diff.units')} kind="unit" set={diff.units} label={(u) => u.name} />
      {diff.plan.length > 0 && (
        <section className="ph-diff__section">
          <Heading level={5} data-size="2xs">
            {t('package.diff.plan')}
          </Heading>
          <Changes kind="plan" changes={diff.plan} />
        </section>
      )}
      {(diff.statusUpdates.added > 0 || diff.statusUpdates.removed > 0) && (
        <Paragraph>
          {t('package.diff.statusUpdates', {
            added: diff.statusUpdates.added,
            removed: diff.statusUpdates.removed,
          })}
        </Paragraph>
      )}
      {(diff.workshopIdeas.added > 0 || diff.workshopIdeas.removed > 0) && (
        <Paragraph>
          {t('package.diff.ideas', { added: diff.workshopIdeas.added, removed: diff.workshopIdeas.removed })}
        </Paragraph>
      )}
    </div>
  );
}
