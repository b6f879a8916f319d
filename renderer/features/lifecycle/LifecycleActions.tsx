import { Button, Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { op } from '../../../core/operations/registry';
import { checkPlanQuality } from '../../../core/quality/checkPlan';
import { messageText } from '../../app/errors';
import { DateTextfield } from '../../components/DateTextfield';
import { useNotices } from '../../components/Notices';
import type { PlanDocument } from '../document/usePlanDocument';

type Action = 'consultation' | 'adopt' | 'rollOver' | 'startRevision';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** What can happen to the plan now, from its stored state. */
function actionsFor(lifecycle: string): Action[] {
  switch (lifecycle) {
    case 'draft':
      return ['consultation', 'adopt'];
    case 'consultation':
      return ['adopt', 'consultation'];
    case 'adopted':
      return ['startRevision', 'rollOver'];
    default:
      return [];
  }
}

/**
 * The lifecycle's decisions as buttons, each opening a short form: send to consultation, record the adoption
 * (with the quality warnings shown, never blocking), roll over without revision, start revision.
 */
export function LifecycleActions({ document: doc, today }: { document: PlanDocument; today: string }) {
  const { t } = useTranslation();
  const { announce } = useNotices();
  const { plan } = doc;
  const [open, setOpen] = useState<Action | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const actions = actionsFor(plan.lifecycle);
  if (doc.readOnly || actions.length === 0) return null;

  const start = (action: Action) => {
    setErrors({});
    setFields({
      sentOn: today,
      deadline: '',
      date: today,
      decidedOn: today,
      startedOn: today,
      body: plan.anchoring.politicalBody,
      toYear: String(plan.period.toYear + 1),
    });
    setOpen(action);
  };
  const set = (name: string) => (value: string) => setFields((f) => ({ ...f, [name]: value }));
  const value = (name: string) => fields[name] ?? '';

  const required = (names: string[], dates: string[]): boolean => {
    const found: Record<string, string> = {};
    for (const name of names) if (!value(name).trim()) found[name] = t('planLife.actions.required');
    for (const name of dates)
      if (!found[name] && value(name) && !ISO.test(value(name)))
        found[name] = t('planLife.actions.invalidDate');
    setErrors(found);
    return Object.keys(found).length === 0;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!open) return;
    let applied = null;
    if (open === 'consultation') {
      if (!required(['sentOn', 'deadline'], ['sentOn', 'deadline'])) return;
      applied = doc.apply(
        op('lifecycle.sendToConsultation', {
          sentOn: value('sentOn'),
          deadline: value('deadline'),
          reference: value('reference').trim(),
        }),
      );
    } else if (open === 'adopt') {
      if (!required(['body', 'date'], ['date'])) return;
      applied = doc.apply(
        op('lifecycle.adopt', { body: value('body'), date: value('date'), caseNumber: value('caseNumber') }),
      );
    } else if (open === 'rollOver') {
      if (!required(['decidedOn', 'toYear'], ['decidedOn'])) return;
      if (!/^\d{4}$/.test(value('toYear'))) {
        setErrors({ toYear: t('planLife.actions.invalidYear') });
        return;
      }
      applied = doc.apply(
        op('lifecycle.rollOver', {
          decidedOn: value('decidedOn'),
          toYear: Number(value('toYear')),
          body: value('body'),
          caseNumber: value('caseNumber'),
        }),
      );
    } else {
      if (!required(['startedOn'], ['startedOn'])) return;
      applied = doc.apply(op('lifecycle.startRevision', { startedOn: value('startedOn') }));
    }
    if (applied) {
      announce(t(`planLife.actions.done.${open}`));
      setOpen(null);
    }
  };

  const warnings =
    open === 'adopt' ? checkPlanQuality(plan, undefined, today).filter((f) => f.severity !== 'info') : [];
  const error = (name: string) => (errors[name] ? { error: errors[name] } : {});

  return (
    <section aria-labelledby="lifecycle-actions-heading" className="ph-section">
      <Heading level={3} data-size="xs" id="lifecycle-actions-heading">
        {t('planLife.actions.heading')}
      </Heading>
      <div className="ph-lifecycle-actions">
        {actions.map((action, i) => (
          <Button key={action} variant={i === 0 ? 'primary' : 'secondary'} onClick={() => start(action)}>
            {t(`planLife.actions.${action}`)}
          </Button>
        ))}
      </div>
      <Dialog
        open={open !== null}
        onClose={() => setOpen(null)}
        closeButton={t('planLife.actions.cancel')}
        aria-labelledby="lifecycle-dialog-heading"
        closedby="closerequest"
      >
        {open && (
          <form onSubmit={submit} noValidate className="ph-form">
            <Heading level={2} data-size="sm" id="lifecycle-dialog-heading">
              {t(`planLife.actions.${open}`)}
            </Heading>
            {open === 'consultation' && (
              <>
                <DateTextfield
                  label={t('planLife.actions.sentOn')}
                  value={value('sentOn')}
                  onValueChange={set('sentOn')}
                  {...error('sentOn')}
                />
                <DateTextfield
                  label={t('planLife.actions.deadline')}
                  value={value('deadline')}
                  onValueChange={set('deadline')}
                  {...error('deadline')}
                />
                <Textfield
                  label={t('planLife.actions.reference')}
                  value={value('reference')}
                  onChange={(e) => set('reference')(e.target.value)}
                />
              </>
            )}
            {open === 'adopt' && (
              <>
                {warnings.length > 0 && (
                  <div className="ph-lifecycle-warnings">
                    <Paragraph>{t('planLife.actions.adoptWarnings', { count: warnings.length })}</Paragraph>
                    <ul>
                      {warnings.map((f) => (
                        <li key={`${f.id}|${f.target.id ?? ''}|${f.target.field ?? ''}`}>
                          {messageText(f.text, f.message)}
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
                <Paragraph data-size="sm">{t('planLife.actions.adoptFreezes')}</Paragraph>
                <Textfield
                  label={t('planLife.actions.body')}
                  description={t('planLife.actions.bodyHint')}
                  value={value('body')}
                  onChange={(e) => set('body')(e.target.value)}
                  {...error('body')}
                />
                <DateTextfield
                  label={t('planLife.actions.date')}
                  value={value('date')}
                  onValueChange={set('date')}
                  {...error('date')}
                />
                <Textfield
                  label={t('planLife.actions.caseNumber')}
                  value={value('caseNumber')}
                  onChange={(e) => set('caseNumber')(e.target.value)}
                />
              </>
            )}
            {open === 'rollOver' && (
              <>
                <DateTextfield
                  label={t('planLife.actions.decidedOn')}
                  value={value('decidedOn')}
                  onValueChange={set('decidedOn')}
                  {...error('decidedOn')}
                />
                <Textfield
                  label={t('planLife.actions.toYear')}
                  inputMode="numeric"
                  value={value('toYear')}
                  onChange={(e) => set('toYear')(e.target.value)}
                  {...error('toYear')}
                />
                <Textfield
                  label={t('planLife.actions.body')}
                  value={value('body')}
                  onChange={(e) => set('body')(e.target.value)}
                />
                <Textfield
                  label={t('planLife.actions.caseNumber')}
                  value={value('caseNumber')}
                  onChange={(e) => set('caseNumber')(e.target.value)}
                />
              </>
            )}
            {open === 'startRevision' && (
              <DateTextfield
                label={t('planLife.actions.startedOn')}
                value={value('startedOn')}
                onValueChange={set('startedOn')}
                {...error('startedOn')}
              />
            )}
            <div className="ph-lifecycle-actions">
              <Button type="submit">
                {t(
                  {
                    consultation: 'planLife.actions.confirmConsultation',
                    adopt: 'planLife.actions.confirmAdopt',
                    rollOver: 'planLife.actions.confirmRollOver',
                    startRevision: 'planLife.actions.confirmRevision',
                  }[open] as 'planLife.actions.confirmAdopt',
                )}
              </Button>
              <Button type="button" variant="secondary" onClick={() => setOpen(null)}>
                {t('planLife.actions.cancel')}
              </Button>
            </div>
          </form>
        )}
      </Dialog>
    </section>
  );
}
