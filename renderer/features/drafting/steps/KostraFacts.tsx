import { Checkbox, Fieldset, Heading, Paragraph, Radio } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { op } from '../../../../core/operations/registry';
import type { Plan } from '../../../../core/schema/plan';
import { useOpenPlan } from '../../document/DocumentContext';
import { fieldKeys } from '../fieldKeys';
import { applyChange } from '../fields/applyChange';

type YesNo = 'yes' | 'no' | 'unanswered';
const CHOICES: readonly YesNo[] = ['yes', 'no', 'unanswered'];

const toChoice = (value: boolean | null): YesNo => (value === null ? 'unanswered' : value ? 'yes' : 'no');
const fromChoice = (choice: YesNo): boolean | null => (choice === 'unanswered' ? null : choice === 'yes');

/** The three KOSTRA answers as the plan records them (KOSTRA asks every municipality every year). */
export function KostraFacts() {
  const { t } = useTranslation();
  const doc = useOpenPlan();
  const { plan, readOnly } = doc;
  const setKostra = (changes: Partial<Plan['kostra']>) =>
    applyChange(doc, op('plan.updateKostra', { changes }));
  const municipal = plan.units.filter((u) => u.kind === 'municipal');
  const chosen = new Set(plan.kostra.crisisCentreCooperationUnitIds);

  const yesNo = (key: 'politicallyAdoptedPlan' | 'coordinatorNamed') => (
    <Fieldset data-size="sm">
      <Fieldset.Legend>{t(`drafting.assessment.kostra.${key}`)}</Fieldset.Legend>
      <div className="ph-radios-inline">
        {CHOICES.map((choice, index) => (
          <Radio
            key={choice}
            name={`kostra-${key}`}
            value={choice}
            label={t(`drafting.assessment.kostra.${choice}`)}
            checked={toChoice(plan.kostra[key]) === choice}
            readOnly={readOnly}
            data-place={index === 0 ? fieldKeys.plan(`kostra.${key}`) : undefined}
            onChange={() => !readOnly && setKostra({ [key]: fromChoice(choice) })}
          />
        ))}
      </div>
    </Fieldset>
  );

  return (
    <section className="ph-kostra" aria-labelledby="kostra-facts">
      <Heading level={4} data-size="2xs" id="kostra-facts">
        {t('drafting.assessment.kostra.heading')}
      </Heading>
      <Paragraph className="ph-muted">{t('drafting.assessment.kostra.hint')}</Paragraph>
      {yesNo('politicallyAdoptedPlan')}
      {yesNo('coordinatorNamed')}
      <Fieldset data-size="sm">
        <Fieldset.Legend>{t('drafting.assessment.kostra.cooperation')}</Fieldset.Legend>
        <Fieldset.Description>{t('drafting.assessment.kostra.cooperationHint')}</Fieldset.Description>
        <div className="ph-checkbox-grid">
          {municipal.map((unit, index) => (
            <Checkbox
              key={unit.id}
              label={unit.name}
              value={unit.id}
              checked={chosen.has(unit.id)}
              readOnly={readOnly}
              data-place={index === 0 ? fieldKeys.plan('kostra.crisisCentreCooperationUnitIds') : undefined}
              onChange={(e) => {
                if (readOnly) return;
                const next = e.target.checked
                  ? [...plan.kostra.crisisCentreCooperationUnitIds, unit.id]
                  : plan.kostra.crisisCentreCooperationUnitIds.filter((id) => id !== unit.id);
                setKostra({ crisisCentreCooperationUnitIds: next });
              }}
            />
          ))}
        </div>
      </Fieldset>
    </section>
  );
}
