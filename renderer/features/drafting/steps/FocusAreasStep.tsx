import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { op } from '../../../../core/operations/registry';
import { useNotices } from '../../../components/Notices';
import { useOpenPlan } from '../../document/DocumentContext';
import { useDrafting } from '../DraftingContext';
import { fieldKeys } from '../fieldKeys';
import { applyChange } from '../fields/applyChange';
import { FocusAreaEditor } from './FocusAreaEditor';

/** Step 4: focus areas with background, challenges, goals and indicators. */
export function FocusAreasStep() {
  const { t } = useTranslation();
  const doc = useOpenPlan();
  const { plan, readOnly } = doc;
  const { templates } = useDrafting();
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const m of plan.measures) map.set(m.focusAreaId, (map.get(m.focusAreaId) ?? 0) + 1);
    return map;
  }, [plan.measures]);

  return (
    <>
      {plan.focusAreas.length === 0 ? (
        <Paragraph className="ph-empty">{t('drafting.focusAreas.empty')}</Paragraph>
      ) : (
        <ol className="ph-area-list">
          {plan.focusAreas.map((area, index) => (
            <FocusAreaEditor
              key={area.id}
              area={area}
              number={index + 1}
              measureCount={counts.get(area.id) ?? 0}
              guidance={templates.focusAreas.find((f) => f.templateId === area.templateId)?.guidance}
              defaultOpen={index === 0}
            />
          ))}
        </ol>
      )}
      {!readOnly && <AddFocusArea />}
    </>
  );
}

function AddFocusArea() {
  const { t } = useTranslation();
  const { announce } = useNotices();
  const doc = useOpenPlan();
  // The template areas are offered as they will be named in the plan: in the plan's language.
  const { planTemplates } = useDrafting();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement | null>(null);
  const used = new Set(doc.plan.focusAreas.map((f) => f.templateId));
  const unused = planTemplates.focusAreas.filter((f) => !used.has(f.templateId));

  const add = (fields: { title: string; templateId?: string }) => {
    const problem = applyChange(doc, op('focusArea.add', fields));
    if (problem) return problem;
    announce(t('drafting.focusAreas.added', { title: fields.title, number: doc.plan.focusAreas.length + 1 }));
    return null;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setError(t('drafting.focusAreas.titleRequired'));
      input.current?.focus();
      return;
    }
    const problem = add({ title: title.trim() });
    if (problem) {
      setError(problem);
      return;
    }
    setTitle('');
    setError(null);
  };

  return (
    <section className="ph-add-block" aria-labelledby="add-area-heading">
      <Heading level={3} data-size="xs" id="add-area-heading">
        {t('drafting.focusAreas.addHeading')}
      </Heading>
      {unused.length > 0 && (
        <div className="ph-template-choices">
          <Paragraph className="ph-muted">{t('drafting.focusAreas.fromTemplate')}</Paragraph>
          <ul className="ph-plain-list">
            {unused.map((f) => (
              <li key={f.templateId}>
                <Button
                  variant="secondary"
                  data-size="sm"
                  aria-label={t('drafting.focusAreas.addTemplateLabel', { title: f.title })}
                  onClick={() => add({ title: f.title, templateId: f.templateId })}
                >
                  <span aria-hidden="true">+ </span>
                  {f.title}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form className="ph-form__row ph-form__row--end" onSubmit={submit} noValidate>
        <Textfield
          className="ph-grow"
          label={t('drafting.focusAreas.ownTitle')}
          description={t('drafting.focusAreas.ownTitleHint')}
          value={title}
          error={error ?? undefined}
          data-place={fieldKeys.addFocusArea}
          onChange={(e) => {
            setTitle(e.target.value);
            setError(null);
          }}
          ref={(el) => {
            input.current = el as HTMLInputElement | null;
          }}
        />
        <Button type="submit" variant="secondary">
          {t('drafting.focusAreas.add')}
        </Button>
      </form>
    </section>
  );
}
