import { Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import {
  anchoringMapOf,
  STEERING_DOCUMENT_KINDS,
  steeringDocument,
} from '../../../core/anchoring/anchoringMap';
import { STEERING_DOCUMENT_LABELS } from '../../../core/lifecycle/labels';
import { op } from '../../../core/operations/registry';
import type { SteeringDocumentEntry, SteeringDocumentKind } from '../../../core/schema/lifecycle';
import { invoke } from '../../api/client';
import { useOpenPlan } from '../document/DocumentContext';
import { fieldKeys } from '../drafting/fieldKeys';
import { applyChange } from '../drafting/fields/applyChange';
import { CommitTextfield } from '../drafting/fields/CommitTextfield';
import { uiLanguage } from '../wheel/describe';
import { DownloadButton } from './DownloadButton';

const PRESENCE = ['yes', 'partly', 'no'] as const;

/**
 * The anchoring map, part of the first drafting step: for each of the municipality's steering documents, does
 * the topic appear (yes, partly, no) and where; and which goals are steering goals, with their code.
 */
export function AnchoringMapSection() {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const doc = useOpenPlan();
  const { plan, readOnly } = doc;
  const set = (kind: SteeringDocumentKind, change: (e: SteeringDocumentEntry) => SteeringDocumentEntry) => {
    const current = steeringDocument(doc.plan, kind);
    return applyChange(doc, op('anchoring.setDocument', change(current)));
  };
  const codes = new Map(anchoringMapOf(plan).steeringGoals.map((g) => [g.goalId, g.code]));
  const goals = plan.focusAreas.flatMap((area, i) =>
    area.goals.map((goal) => ({ area, number: i + 1, goal })),
  );

  return (
    <section className="ph-form-section" aria-labelledby="start-anchoring-map">
      <Heading level={3} data-size="xs" id="start-anchoring-map">
        {t('planLife.anchoring.heading')}
      </Heading>
      <Paragraph className="ph-muted">{t('planLife.anchoring.hint')}</Paragraph>
      {STEERING_DOCUMENT_KINDS.map((kind, index) => {
        const entry = steeringDocument(plan, kind);
        const name = STEERING_DOCUMENT_LABELS[kind][language];
        const selectId = `anchoring-${kind}`;
        return (
          <div key={kind} className="ph-form__row ph-anchoring-row">
            <Field data-size="sm">
              <Label htmlFor={selectId}>{t('planLife.anchoring.presence', { document: name })}</Label>
              <Select
                id={selectId}
                width="auto"
                disabled={readOnly}
                value={entry.presence ?? ''}
                {...(index === 0 ? { 'data-place': fieldKeys.plan('anchoring.anchoringMap') } : {})}
                onChange={(e) =>
                  set(kind, (current) => {
                    const { presence: _dropped, ...rest } = current;
                    const value = e.target.value;
                    return value === '' ? rest : { ...rest, presence: value as (typeof PRESENCE)[number] };
                  })
                }
              >
                <Select.Option value="">{t('planLife.anchoring.unanswered')}</Select.Option>
                {PRESENCE.map((p) => (
                  <Select.Option key={p} value={p}>
                    {t(`planLife.anchoring.${p}`)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <CommitTextfield
              className="ph-grow"
              data-size="sm"
              label={t('planLife.anchoring.reference')}
              context={name}
              value={entry.document}
              readOnly={readOnly}
              onCommit={(v) => set(kind, (current) => ({ ...current, document: v.trim() }))}
            />
            <CommitTextfield
              data-size="sm"
              label={t('planLife.anchoring.year')}
              context={name}
              inputMode="numeric"
              maxLength={4}
              size={6}
              value={entry.year === undefined ? '' : String(entry.year)}
              readOnly={readOnly}
              validate={(v) =>
                v.trim() === '' || /^\d{4}$/.test(v.trim()) ? null : t('planLife.actions.invalidYear')
              }
              onCommit={(v) =>
                set(kind, (current) => {
                  const { year: _dropped, ...rest } = current;
                  return v.trim() === '' ? rest : { ...rest, year: Number(v.trim()) };
                })
              }
            />
            <CommitTextfield
              data-size="sm"
              label={t('planLife.anchoring.caseNumber')}
              context={name}
              size={10}
              value={entry.caseNumber}
              readOnly={readOnly}
              onCommit={(v) => set(kind, (current) => ({ ...current, caseNumber: v.trim() }))}
            />
          </div>
        );
      })}
      <Heading level={4} data-size="2xs">
        {t('planLife.anchoring.goalsHeading')}
      </Heading>
      <Paragraph className="ph-muted">{t('planLife.anchoring.goalsHint')}</Paragraph>
      {goals.length === 0 && <Paragraph>{t('planLife.anchoring.noGoals')}</Paragraph>}
      {codes.size > 0 && (
        <div className="ph-lifecycle-actions">
          <DownloadButton
            document={doc}
            label={t('planLife.anchoring.exportGoals')}
            exportFile={(docId) =>
              invoke('anchoring.exportSteeringGoals', {
                source: { docId },
                ...(language === 'nn' ? { language: 'nn' } : {}),
              })
            }
          />
        </div>
      )}
      {goals.map(({ area, number, goal }) => (
        <div key={goal.id} className="ph-form__row ph-anchoring-row">
          <CommitTextfield
            className="ph-grow"
            data-size="sm"
            label={`${number}. ${area.title}: ${goal.text || '–'}`}
            description={t('planLife.anchoring.code')}
            value={codes.get(goal.id) ?? ''}
            readOnly={readOnly}
            onCommit={(v) =>
              applyChange(
                doc,
                op('anchoring.markSteeringGoal', {
                  goalId: goal.id,
                  code: v.trim() === '' ? null : v.trim(),
                }),
              )
            }
          />
        </div>
      ))}
    </section>
  );
}
