import { useTranslation } from 'react-i18next';
import { planPageRoute } from '../../app/router';
import { DRAFTING_STEPS, type DraftingStep, stepKey } from './steps';

export const DRAFTING_PAGE = 'drafting';

export function stepRoute(step: DraftingStep): string {
  return `${planPageRoute(DRAFTING_PAGE)}/${step}`;
}

interface StepperProps {
  current: DraftingStep;
  findings: ReadonlyMap<DraftingStep, number>;
}

/** The side list of steps: where am I, what is left to fix where. Links, so each step has an address. */
export function Stepper({ current, findings }: StepperProps) {
  const { t } = useTranslation();
  return (
    <nav className="ph-stepper" aria-label={t('drafting.stepsNav')}>
      <ol className="ph-stepper__list">
        {DRAFTING_STEPS.map((step, index) => {
          const count = step === 'check' ? 0 : (findings.get(step) ?? 0);
          return (
            <li key={step}>
              <a
                className="ph-stepper__link"
                href={`#${stepRoute(step)}`}
                aria-current={step === current ? 'step' : undefined}
              >
                <span className="ph-stepper__number" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="ph-stepper__text">
                  <span className="ph-stepper__title">{t(`drafting.steps.${stepKey(step)}.title`)}</span>
                  {count > 0 && (
                    <span className="ph-stepper__count">{t('drafting.findingsOnStep', { count })}</span>
                  )}
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
