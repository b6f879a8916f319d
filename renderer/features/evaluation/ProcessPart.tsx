import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { YES_PARTLY_NO_LABELS } from '../../../core/labels/evaluationLabels';
import { op } from '../../../core/operations/registry';
import type { Evaluation, ProcessIndicators } from '../../../core/schema/evaluation';
import { useOpenPlan } from '../document/DocumentContext';
import { applyChange } from '../drafting/fields/applyChange';
import { CommitTextfield } from '../drafting/fields/CommitTextfield';
import { useDomainLanguage } from '../status/useDomainLanguage';
import { ChoiceSelect } from './ChoiceSelect';

const IP = ['yes', 'partly', 'no', 'unknown'] as const;

/** The simple process indicators per unit: staff trained, routines, forums, individual plans in use. */
export function ProcessPart({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation();
  const { language } = useDomainLanguage();
  const doc = useOpenPlan();
  const units = new Map(doc.plan.units.map((u) => [u.id, u.name]));
  const set = (unitId: string, changes: Partial<Omit<ProcessIndicators, 'unitId'>>) =>
    applyChange(
      doc,
      op('evaluation.updateProcessIndicators', { evaluationId: evaluation.id, unitId, changes }),
    );
  return (
    <section className="ph-section" aria-labelledby="evaluation-process-heading">
      <Heading level={2} data-size="sm" id="evaluation-process-heading">
        {t('evaluation.process.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('evaluation.process.intro')}</Paragraph>
      <ul className="ph-evaluation__units">
        {evaluation.processIndicators.map((row) => {
          const name = units.get(row.unitId) ?? '';
          return (
            <li key={row.unitId} className="ph-evaluation__unit">
              <Heading level={3} data-size="2xs">
                {name}
              </Heading>
              <div className="ph-form__row ph-form__row--end">
                <CommitTextfield
                  label={t('evaluation.process.staffTrained')}
                  context={name}
                  size={10}
                  value={row.staffTrained}
                  readOnly={doc.readOnly}
                  onCommit={(v) => set(row.unitId, { staffTrained: v.trim() })}
                />
                <CommitTextfield
                  label={t('evaluation.process.routines')}
                  context={name}
                  size={14}
                  value={row.routines}
                  readOnly={doc.readOnly}
                  onCommit={(v) => set(row.unitId, { routines: v.trim() })}
                />
                <CommitTextfield
                  label={t('evaluation.process.forums')}
                  context={name}
                  size={14}
                  value={row.forums}
                  readOnly={doc.readOnly}
                  onCommit={(v) => set(row.unitId, { forums: v.trim() })}
                />
                <ChoiceSelect
                  label={t('evaluation.process.ip')}
                  context={name}
                  value={row.individualPlanInUse}
                  options={IP}
                  labelOf={(k) => YES_PARTLY_NO_LABELS[k][language]}
                  readOnly={doc.readOnly}
                  onChange={(v) => set(row.unitId, { individualPlanInUse: v ?? 'unknown' })}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
