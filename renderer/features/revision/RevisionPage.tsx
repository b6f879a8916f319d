import {
  Alert,
  Button,
  Fieldset,
  Heading,
  Link,
  Paragraph,
  Spinner,
  Switch,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { latestEvaluation } from '../../../core/evaluation/prefill';
import { EVALUATION_KIND_LABELS } from '../../../core/labels/evaluationLabels';
import { measureNumbers } from '../../../core/plan/numbering';
import { type RevisionOutcome, revisePlan } from '../../../core/revision/revisePlan';
import type { Evaluation } from '../../../core/schema/evaluation';
import type { Plan } from '../../../core/schema/plan';
import { invoke } from '../../api/client';
import { userMessage } from '../../app/errors';
import { DEFAULT_PLAN_PAGE, navigate, planPageRoute } from '../../app/router';
import { useNotices } from '../../components/Notices';
import { useOpenPlan, usePlanDocuments } from '../document/DocumentContext';
import { suggestedFileName } from '../document/suggestedFileName';
import { useDomainLanguage } from '../status/useDomainLanguage';
import { checkRevision, defaultRevision, type RevisionErrors, type RevisionValues } from './revisionForm';
import '../status/status.css';
import './revision.css';

const FIELD_ORDER: (keyof RevisionValues)[] = ['title', 'fromYear', 'toYear'];
type Group = keyof RevisionOutcome;
const GROUPS: Group[] = ['carried', 'completed', 'inOperation', 'stopped', 'notCarried'];
const ALWAYS_SHOWN: Group[] = ['carried', 'completed', 'notCarried'];

/** What revising would do now: which measures go where. Pure; the same function the backend runs. */
function previewOutcome(plan: Plan, evaluation?: Evaluation): RevisionOutcome | null {
  const span = plan.period.toYear - plan.period.fromYear;
  const request = {
    title: plan.title,
    fromYear: plan.period.toYear + 1,
    toYear: plan.period.toYear + 1 + span,
    ...(evaluation ? { evaluation } : {}),
  };
  try {
    return revisePlan(plan, request, new Date()).outcome;
  } catch {
    return null;
  }
}

/**
 * Revision (rullering): the next plan from this one. Shows which measures carry over, which are listed as
 * done, and which have no final status yet; then makes the new plan, opens it and archives this one.
 */
export function RevisionPage() {
  const { t } = useTranslation();
  const { language } = useDomainLanguage();
  const { announce, showError } = useNotices();
  const doc = useOpenPlan();
  const documents = usePlanDocuments();
  const { plan } = doc;
  const [values, setValues] = useState<RevisionValues>(() => defaultRevision(plan));
  const [errors, setErrors] = useState<RevisionErrors>({});
  const [busy, setBusy] = useState(false);
  const fields = useRef<Partial<Record<keyof RevisionValues, HTMLInputElement | null>>>({});
  const archived = plan.lifecycle === 'expired';
  const evaluation = latestEvaluation(plan);
  const [useEvaluation, setUseEvaluation] = useState(true);
  const fromEvaluation = useEvaluation && evaluation !== undefined;

  // Which measure goes where depends on the plan (and its evaluation) only, not on the new title or years.
  const outcome = useMemo(
    () => (archived ? null : previewOutcome(plan, fromEvaluation ? evaluation : undefined)),
    [archived, plan, fromEvaluation, evaluation],
  );
  const numbers = useMemo(() => measureNumbers(plan), [plan]);

  const change = (field: keyof RevisionValues) => (event: { target: { value: string } }) => {
    const value = event.target.value;
    setValues((previous) => ({ ...previous, [field]: value }));
    if (errors[field]) setErrors((previous) => ({ ...previous, [field]: undefined }));
  };
  const error = (field: keyof RevisionValues) => {
    const code = errors[field];
    return code ? t(`revision.errors.${code}`, { year: plan.period.fromYear }) : undefined;
  };
  const register =
    (field: keyof RevisionValues) => (element: HTMLInputElement | HTMLTextAreaElement | null) => {
      fields.current[field] = element as HTMLInputElement | null;
    };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const result = checkRevision(values, plan);
    if (!result.ok) {
      setErrors(result.errors);
      const first = FIELD_ORDER.find((field) => result.errors[field]);
      if (first) fields.current[first]?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await doc.whenSent();
      let path: string | undefined;
      if (window.planhjulet) {
        const chosen = await invoke('dialog.savePlanAs', {
          suggestedName: suggestedFileName(result.request.title),
        });
        if (!chosen.path) return;
        path = chosen.path;
      }
      const created = await invoke('plan.revise', {
        docId: doc.doc.docId,
        ...result.request,
        ...(path ? { path } : {}),
        fromEvaluation,
      });
      await documents.open(created);
      navigate(planPageRoute(DEFAULT_PLAN_PAGE));
      announce(t('revision.done', { title: created.plan.title, old: plan.title }));
    } catch (failure) {
      showError(userMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="ph-revision">
      <div className="ph-page-intro">
        <Heading level={1} data-size="lg" tabIndex={-1}>
          {t('revision.heading')}
        </Heading>
        <Paragraph>{t('revision.intro')}</Paragraph>
      </div>
      {archived ? (
        <Alert data-color="info">
          <Paragraph>
            <strong>{t('revision.archivedHeading')}</strong>
          </Paragraph>
          <Paragraph>{t('revision.archived')}</Paragraph>
        </Alert>
      ) : (
        <>
          {outcome && (
            <section className="ph-section" aria-labelledby="revision-summary-heading">
              <Heading level={2} data-size="sm" id="revision-summary-heading">
                {t('revision.summary.heading')}
              </Heading>
              <Paragraph>{t('revision.summary.intro')}</Paragraph>
              {evaluation && (
                <Switch
                  label={t('evaluation.revision.fromEvaluation', {
                    kind: EVALUATION_KIND_LABELS[evaluation.kind][language].toLocaleLowerCase('nb'),
                  })}
                  description={t('evaluation.revision.fromEvaluationHint')}
                  checked={useEvaluation}
                  onChange={(event) => setUseEvaluation(event.target.checked)}
                />
              )}
              {outcome.notCarried.length > 0 && (
                <Alert data-color="warning">
                  <Paragraph>
                    <strong>{t('revision.summary.unfinished', { count: outcome.notCarried.length })}</strong>
                  </Paragraph>
                  <Paragraph>
                    {t('revision.summary.unfinishedHint')}{' '}
                    <Link href={`#${planPageRoute('status')}`}>{t('revision.summary.toStatus')}</Link>
                  </Paragraph>
                </Alert>
              )}
              <div className="ph-revision__groups">
                {GROUPS.filter((group) => ALWAYS_SHOWN.includes(group) || outcome[group].length > 0).map(
                  (group) => (
                    <OutcomeGroup key={group} group={group} outcome={outcome} plan={plan} numbers={numbers} />
                  ),
                )}
              </div>
            </section>
          )}
          <section className="ph-section" aria-labelledby="revision-form-heading">
            <Heading level={2} data-size="sm" id="revision-form-heading">
              {t('revision.form.heading')}
            </Heading>
            {doc.readOnly ? (
              <Paragraph>{t('revision.readOnly')}</Paragraph>
            ) : (
              <form className="ph-form ph-revision__form" onSubmit={(event) => void submit(event)} noValidate>
                <Textfield
                  label={t('revision.form.title')}
                  value={values.title}
                  onChange={change('title')}
                  error={error('title')}
                  required
                  ref={register('title')}
                />
                <Fieldset>
                  <Fieldset.Legend>{t('revision.form.period')}</Fieldset.Legend>
                  <Fieldset.Description>
                    {t('revision.form.periodHint', {
                      from: plan.period.fromYear,
                      to: plan.period.toYear,
                    })}
                  </Fieldset.Description>
                  <div className="ph-form__row">
                    <Textfield
                      label={t('revision.form.fromYear')}
                      inputMode="numeric"
                      value={values.fromYear}
                      onChange={change('fromYear')}
                      error={error('fromYear')}
                      required
                      ref={register('fromYear')}
                    />
                    <Textfield
                      label={t('revision.form.toYear')}
                      inputMode="numeric"
                      value={values.toYear}
                      onChange={change('toYear')}
                      error={error('toYear')}
                      required
                      ref={register('toYear')}
                    />
                  </div>
                </Fieldset>
                <Paragraph data-size="sm">
                  {window.planhjulet ? t('revision.form.fileDialog') : t('revision.form.fileDataFolder')}
                </Paragraph>
                <Paragraph data-size="sm">{t('revision.form.consequence', { title: plan.title })}</Paragraph>
                <div className="ph-actions">
                  <Button type="submit" aria-busy={busy || undefined} disabled={busy}>
                    {busy && <Spinner aria-hidden data-size="xs" />}
                    {t('revision.form.submit')}
                  </Button>
                </div>
              </form>
            )}
          </section>
        </>
      )}
    </div>
  );
}

function OutcomeGroup({
  group,
  outcome,
  plan,
  numbers,
}: {
  group: Group;
  outcome: RevisionOutcome;
  plan: Plan;
  numbers: Map<string, string>;
}) {
  const { t } = useTranslation();
  const ids = group === 'carried' ? outcome.carried.map((c) => c.oldId) : outcome[group];
  const headingId = `revision-${group}`;
  return (
    <div className="ph-revision__group" data-group={group}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t(`revision.groups.${group}`, { count: ids.length })}
      </Heading>
      <Paragraph data-size="sm" className="ph-muted">
        {t(`revision.groupHints.${group}`)}
      </Paragraph>
      {ids.length === 0 ? (
        <Paragraph data-size="sm" className="ph-empty">
          {t('revision.summary.none')}
        </Paragraph>
      ) : (
        <ul className="ph-revision__list" aria-labelledby={headingId}>
          {ids.map((id) => (
            <li key={id}>
              {numbers.get(id)} {plan.measures.find((m) => m.id === id)?.title}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
