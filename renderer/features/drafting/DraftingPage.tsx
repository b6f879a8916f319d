import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { format } from 'date-fns/format';
import { type MouseEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkPlanQuality } from '../../../core/quality/checkPlan';
import { planSubPage, useRoute } from '../../app/router';
import { Busy } from '../../components/Busy';
import { useOpenPlan } from '../document/DocumentContext';
import { type Drafting, DraftingContext, type FocusRequest } from './DraftingContext';
import { findingsPerStep } from './findingLinks';
import { focusField } from './focusField';
import { Stepper, stepRoute } from './Stepper';
import { StepView } from './StepView';
import { rememberedStep, rememberStep } from './stepMemory';
import { type DraftingStep, isDraftingStep } from './steps';
import { uiLanguage } from './uiLanguage';
import { useTemplates } from './useTemplates';
import './drafting.css';

/** The guided steps from mandate to a complete draft, one step at a time with a side list of steps. */
export function DraftingPage() {
  const { t, i18n } = useTranslation();
  const doc = useOpenPlan();
  const route = useRoute();
  const requested = planSubPage(route);
  const step = isDraftingStep(requested) ? requested : null;
  const shown = useTemplates(uiLanguage(i18n.language));
  const copied = useTemplates(doc.plan.language);
  const { templates } = shown;
  const { templates: planTemplates } = copied;
  const error = shown.error ?? copied.error;
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const serial = useRef(0);
  const arrivedByLink = useRef(false);
  const planId = doc.plan.id;

  // `#/plan/drafting` (the menu link) resumes at the step this plan was left on.
  useEffect(() => {
    if (!step) window.location.replace(`#${stepRoute(rememberedStep(planId))}`);
    else rememberStep(planId, step);
  }, [step, planId]);

  const goTo = useCallback((target: DraftingStep, place?: Omit<FocusRequest, 'serial'>) => {
    serial.current += 1;
    setFocusRequest(place ? { ...place, serial: serial.current } : null);
    window.location.hash = stepRoute(target);
  }, []);

  const focusHandled = useCallback((done: number) => {
    setFocusRequest((current) => (current?.serial === done ? null : current));
  }, []);

  // A field asked for by a link is focused once its step shows it; steps that must open something first
  // (a measure editor, the catalogue) act on the request themselves.
  useEffect(() => {
    if (!focusRequest || focusRequest.measureId || focusRequest.catalogue) return;
    void focusField(focusRequest.field).then(() => focusHandled(focusRequest.serial));
  }, [focusRequest, focusHandled]);

  // Arriving by a step link: start reading at the step's heading rather than stay in the list.
  useEffect(() => {
    if (!step || !arrivedByLink.current) return;
    arrivedByLink.current = false;
    document.getElementById('step-heading')?.focus();
  }, [step]);

  const onLinkClick = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest('.ph-stepper__link, .ph-step__link')) {
      arrivedByLink.current = true;
    }
  };

  const findings = useMemo(() => {
    if (!templates) return new Map<DraftingStep, number>();
    const vocabulary = {
      targetGroups: templates.vocabulary.targetGroups,
      violenceForms: templates.vocabulary.violenceForms,
      assessmentItems: templates.assessment.items,
    };
    return findingsPerStep(
      checkPlanQuality(doc.plan, vocabulary, format(new Date(), 'yyyy-MM-dd')),
      doc.plan,
      templates.assessment.items,
    );
  }, [doc.plan, templates]);

  const drafting = useMemo((): Drafting | null => {
    if (!templates || !planTemplates || !step) return null;
    return { templates, planTemplates, step, goTo, focusRequest, focusHandled };
  }, [templates, planTemplates, step, goTo, focusRequest, focusHandled]);

  return (
    <div className="ph-drafting">
      <div className="ph-page-intro">
        <Heading level={1} data-size="lg" tabIndex={-1}>
          {t('drafting.heading')}
        </Heading>
        <Paragraph>{t('drafting.intro')}</Paragraph>
      </div>
      {error && (
        <Alert data-color="danger">
          <Paragraph>{t('drafting.templatesFailed', { message: error })}</Paragraph>
        </Alert>
      )}
      {!error && !drafting && <Busy>{t('drafting.loading')}</Busy>}
      {drafting && (
        <DraftingContext.Provider value={drafting}>
          {/* biome-ignore lint/a11y/useKeyWithClickEvents: only notes that a link was followed; links handle keys */}
          {/* biome-ignore lint/a11y/noStaticElementInteractions: as above */}
          <div className="ph-drafting__layout" onClick={onLinkClick}>
            <Stepper current={drafting.step} findings={findings} />
            <StepView key={drafting.step} step={drafting.step} />
          </div>
        </DraftingContext.Provider>
      )}
    </div>
  );
}
