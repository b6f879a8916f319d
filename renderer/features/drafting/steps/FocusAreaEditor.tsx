import { Button, Details, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { op } from '../../../../core/operations/registry';
import type { FocusArea, Goal } from '../../../../core/schema/focusArea';
import { useNotices } from '../../../components/Notices';
import { useOpenPlan } from '../../document/DocumentContext';
import { fieldKeys } from '../fieldKeys';
import { applyChange } from '../fields/applyChange';
import { CommitTextfield } from '../fields/CommitTextfield';
import { IndicatorsEditor } from '../fields/IndicatorsEditor';
import { useChecks } from '../fields/useChecks';
import { required } from '../fields/validators';

interface Props {
  area: FocusArea;
  number: number;
  measureCount: number;
  guidance?: { background: string; challenges: string; goal: string };
  defaultOpen: boolean;
}

export function FocusAreaEditor({ area, number, measureCount, guidance, defaultOpen }: Props) {
  const { t } = useTranslation();
  const { announce } = useNotices();
  const doc = useOpenPlan();
  const checks = useChecks();
  const { readOnly } = doc;
  const goals = area.goals;

  return (
    <li className="ph-area-list__item">
      <Details defaultOpen={defaultOpen} className="ph-area-details">
        <Details.Summary>
          <Heading level={3} data-size="xs" className="ph-area-details__title">
            <span className="ph-area__number">{number}</span> {area.title || t('drafting.untitled')}
          </Heading>
          <span className="ph-muted ph-area-details__meta">
            {t('drafting.focusAreas.summary', { goals: goals.length, count: measureCount })}
          </span>
        </Details.Summary>
        <Details.Content>
          <div className="ph-area-form">
            <CommitTextfield
              label={t('drafting.focusAreas.title')}
              value={area.title}
              field={fieldKeys.focusArea(area.id, 'title')}
              readOnly={readOnly}
              validate={checks(required)}
              onCommit={(v) =>
                applyChange(doc, op('focusArea.update', { id: area.id, changes: { title: v.trim() } }))
              }
            />
            <CommitTextfield
              label={t('drafting.focusAreas.background')}
              description={guidance?.background ?? t('drafting.focusAreas.backgroundHint')}
              multiline
              rows={4}
              value={area.background}
              field={fieldKeys.focusArea(area.id, 'background')}
              readOnly={readOnly}
              onCommit={(v) =>
                applyChange(doc, op('focusArea.update', { id: area.id, changes: { background: v.trim() } }))
              }
            />
            <CommitTextfield
              label={t('drafting.focusAreas.challenges')}
              description={guidance?.challenges ?? t('drafting.focusAreas.challengesHint')}
              multiline
              rows={4}
              value={area.challenges}
              field={fieldKeys.focusArea(area.id, 'challenges')}
              readOnly={readOnly}
              onCommit={(v) =>
                applyChange(doc, op('focusArea.update', { id: area.id, changes: { challenges: v.trim() } }))
              }
            />
            <section className="ph-goals" aria-labelledby={`goals-${area.id}`}>
              <Heading level={4} data-size="2xs" id={`goals-${area.id}`} tabIndex={-1}>
                {t('drafting.focusAreas.goals')}
              </Heading>
              {goals.length === 0 && (
                <Paragraph className="ph-muted">{t('drafting.focusAreas.noGoals')}</Paragraph>
              )}
              <ol className="ph-rows">
                {goals.map((goal, index) => (
                  <GoalEditor
                    key={goal.id}
                    areaId={area.id}
                    goal={goal}
                    label={`${number}.${index + 1}`}
                    readOnly={readOnly}
                  />
                ))}
              </ol>
              {!readOnly && <AddGoal areaId={area.id} example={guidance?.goal} />}
            </section>
            {!readOnly && (
              <div className="ph-actions ph-danger-zone">
                {measureCount === 0 ? (
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    data-color="danger"
                    aria-label={t('drafting.focusAreas.removeLabel', { title: area.title })}
                    onClick={() => {
                      if (doc.apply(op('focusArea.remove', { id: area.id }))) {
                        announce(t('drafting.focusAreas.removed', { title: area.title }));
                        document.getElementById('step-heading')?.focus();
                      }
                    }}
                  >
                    {t('drafting.focusAreas.remove')}
                  </Button>
                ) : (
                  <Paragraph className="ph-muted" data-size="sm">
                    {t('drafting.focusAreas.cannotRemove', { count: measureCount })}
                  </Paragraph>
                )}
              </div>
            )}
          </div>
        </Details.Content>
      </Details>
    </li>
  );
}

function GoalEditor({
  areaId,
  goal,
  label,
  readOnly,
}: {
  areaId: string;
  goal: Goal;
  label: string;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const { announce } = useNotices();
  const doc = useOpenPlan();
  return (
    <li className="ph-rows__item ph-goal">
      <CommitTextfield
        label={t('drafting.focusAreas.goalText', { number: label })}
        multiline
        rows={2}
        value={goal.text}
        field={fieldKeys.goal(goal.id, 'text')}
        readOnly={readOnly}
        onCommit={(v) =>
          applyChange(
            doc,
            op('goal.update', { focusAreaId: areaId, id: goal.id, changes: { text: v.trim() } }),
          )
        }
      />
      <IndicatorsEditor
        owner={t('drafting.focusAreas.goalOwner', { number: label })}
        indicators={goal.indicators}
        readOnly={readOnly}
        addPlace={fieldKeys.goal(goal.id, 'indicators')}
        description={t('drafting.focusAreas.indicatorsHint')}
        onChange={(indicators) =>
          applyChange(doc, op('goal.update', { focusAreaId: areaId, id: goal.id, changes: { indicators } }))
        }
      />
      {!readOnly && (
        <div className="ph-actions">
          <Button
            variant="tertiary"
            data-size="sm"
            data-color="danger"
            aria-label={t('drafting.focusAreas.removeGoalLabel', { number: label })}
            onClick={() => {
              if (doc.apply(op('goal.remove', { focusAreaId: areaId, id: goal.id }))) {
                announce(t('drafting.focusAreas.goalRemoved', { number: label }));
                document.getElementById(`goals-${areaId}`)?.focus();
              }
            }}
          >
            {t('drafting.focusAreas.removeGoal')}
          </Button>
        </div>
      )}
    </li>
  );
}

function AddGoal({ areaId, example }: { areaId: string; example?: string }) {
  const { t } = useTranslation();
  const { announce } = useNotices();
  const doc = useOpenPlan();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLTextAreaElement | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setError(t('drafting.focusAreas.goalRequired'));
      input.current?.focus();
      return;
    }
    const problem = applyChange(doc, op('goal.add', { focusAreaId: areaId, text: text }));
    if (problem) {
      setError(problem);
      return;
    }
    announce(t('drafting.focusAreas.goalAdded'));
    setText('');
    setError(null);
    input.current?.focus();
  };
  return (
    <form className="ph-add-inline" onSubmit={submit} noValidate>
      <Textfield
        label={t('drafting.focusAreas.newGoal')}
        description={example ?? t('drafting.focusAreas.goalHint')}
        multiline
        rows={2}
        value={text}
        error={error ?? undefined}
        data-place={fieldKeys.focusArea(areaId, 'goals')}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
        ref={(el) => {
          input.current = el as HTMLTextAreaElement | null;
        }}
      />
      <div>
        <Button type="submit" variant="secondary" data-size="sm">
          {t('drafting.focusAreas.addGoal')}
        </Button>
      </div>
    </form>
  );
}
