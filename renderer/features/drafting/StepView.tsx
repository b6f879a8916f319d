import { Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { stepRoute } from './Stepper';
import { DRAFTING_STEPS, type DraftingStep, neighbourSteps, stepKey } from './steps';
import { AssessmentStep } from './steps/AssessmentStep';
import { CheckStep } from './steps/CheckStep';
import { FocusAreasStep } from './steps/FocusAreasStep';
import { GroupStep } from './steps/GroupStep';
import { MeasuresStep } from './steps/MeasuresStep';
import { StartStep } from './steps/StartStep';
import { TextStep } from './steps/TextStep';

const STEP_COMPONENTS: Record<DraftingStep, ComponentType> = {
  start: StartStep,
  group: GroupStep,
  assessment: AssessmentStep,
  'focus-areas': FocusAreasStep,
  measures: MeasuresStep,
  text: TextStep,
  check: CheckStep,
};

/** One step: where it is in the order, what to do and why, the step's own form, and the way on. */
export function StepView({ step }: { step: DraftingStep }) {
  const { t } = useTranslation();
  const key = stepKey(step);
  const { previous, next } = neighbourSteps(step);
  const Body = STEP_COMPONENTS[step];

  return (
    <section className="ph-step" aria-labelledby="step-heading">
      <header className="ph-step__header">
        <Paragraph className="ph-step__position" data-size="sm">
          {t('drafting.stepOf', { number: DRAFTING_STEPS.indexOf(step) + 1, total: DRAFTING_STEPS.length })}
        </Paragraph>
        <Heading level={2} data-size="md" id="step-heading" tabIndex={-1}>
          {t(`drafting.steps.${key}.title`)}
        </Heading>
        <div className="ph-guidance">
          <Paragraph>{t(`drafting.steps.${key}.guidance`)}</Paragraph>
          <Details>
            <Details.Summary>{t('drafting.why')}</Details.Summary>
            <Details.Content>
              <Paragraph>{t(`drafting.steps.${key}.why`)}</Paragraph>
            </Details.Content>
          </Details>
        </div>
      </header>
      <div className="ph-step__body">
        <Body />
      </div>
      <nav className="ph-step__footer" aria-label={t('drafting.stepFooter')}>
        {previous ? (
          <a className="ph-step__link" href={`#${stepRoute(previous)}`}>
            <span aria-hidden="true">← </span>
            {t('drafting.previous', { title: t(`drafting.steps.${stepKey(previous)}.title`) })}
          </a>
        ) : (
          <span />
        )}
        {next && (
          <a className="ph-step__link ph-step__link--next" href={`#${stepRoute(next)}`}>
            {t('drafting.next', { title: t(`drafting.steps.${stepKey(next)}.title`) })}
            <span aria-hidden="true"> →</span>
          </a>
        )}
      </nav>
    </section>
  );
}
