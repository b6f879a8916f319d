import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { format } from 'date-fns/format';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { checkPlanQuality, countBySeverity } from '../../../../core/quality/checkPlan';
import { type FindingSeverity, findingKey, type QualityFinding } from '../../../../core/quality/finding';
import { qualityScore } from '../../../../core/quality/score';
import { messageText } from '../../../app/errors';
import { findPlanPage, type PlanPage } from '../../../app/pages';
import { planPageRoute } from '../../../app/router';
import { useOpenPlan } from '../../document/DocumentContext';
import { useDrafting } from '../DraftingContext';
import { type FindingLink, findingLinks, fixPageOf } from '../findingLinks';
import { stepRoute } from '../Stepper';
import { DRAFTING_STEPS, type DraftingStep, stepKey } from '../steps';

const SEVERITY_COLOR: Record<FindingSeverity, 'danger' | 'warning' | 'info'> = {
  error: 'danger',
  warning: 'warning',
  info: 'info',
};

interface Located {
  finding: QualityFinding;
  links: FindingLink[];
  /** The plan page it is fixed on, for a finding no step can fix. */
  page?: PlanPage | undefined;
}

/**
 * Step 7: the plan-quality check (the same rules as `plan.check` and `planhjulet check`), run on the plan as
 * it is on screen, so a fix shows at once. Each finding links to the place where it is fixed.
 */
export function CheckStep() {
  const { t } = useTranslation();
  const { plan } = useOpenPlan();
  const { templates } = useDrafting();
  const vocabulary = useMemo(
    () => ({
      targetGroups: templates.vocabulary.targetGroups,
      violenceForms: templates.vocabulary.violenceForms,
      assessmentItems: templates.assessment.items,
    }),
    [templates],
  );
  const findings = useMemo(
    () => checkPlanQuality(plan, vocabulary, format(new Date(), 'yyyy-MM-dd')),
    [plan, vocabulary],
  );
  const score = useMemo(() => qualityScore(plan, vocabulary), [plan, vocabulary]);
  const counts = countBySeverity(findings);
  const groups = useMemo(() => {
    const byStep = new Map<DraftingStep, Located[]>();
    const byPage = new Map<PlanPage, Located[]>();
    for (const finding of findings) {
      const links = findingLinks(finding, plan, templates.assessment.items);
      const page = links.length === 0 ? findPlanPage(fixPageOf(finding.target)) : undefined;
      if (page) byPage.set(page, [...(byPage.get(page) ?? []), { finding, links, page }]);
      else {
        const step = links[0]?.step ?? 'check';
        byStep.set(step, [...(byStep.get(step) ?? []), { finding, links }]);
      }
    }
    return [
      ...DRAFTING_STEPS.filter((s) => byStep.has(s)).map((s) => ({
        id: s,
        title: t(`drafting.steps.${stepKey(s)}.title`),
        items: byStep.get(s) ?? [],
      })),
      ...[...byPage].map(([page, items]) => ({ id: page.id, title: t(page.labelKey), items })),
    ];
  }, [findings, plan, templates.assessment.items, t]);

  return (
    <>
      <div className="ph-check-summary">
        <div className="ph-score" aria-hidden="true">
          <span className="ph-score__value">{score}</span>
          <span className="ph-score__max">/100</span>
        </div>
        <div>
          <Paragraph>
            <strong>{t('drafting.check.score', { score })}</strong>
          </Paragraph>
          <Paragraph data-size="sm" role="status">
            {findings.length === 0
              ? t('drafting.check.noFindingsShort')
              : t('drafting.check.counts', {
                  errors: counts.error,
                  warnings: counts.warning,
                  infos: counts.info,
                })}
          </Paragraph>
        </div>
      </div>
      {findings.length === 0 ? (
        <Alert data-color="success">
          <Heading level={3} data-size="xs">
            {t('drafting.check.noFindings')}
          </Heading>
          <Paragraph>{t('drafting.check.noFindingsText')}</Paragraph>
        </Alert>
      ) : (
        groups.map(({ id, title, items }) => (
          <section key={id} className="ph-form-section" aria-labelledby={`findings-${id}`}>
            <Heading level={3} data-size="xs" id={`findings-${id}`}>
              {title} <span className="ph-muted">({items.length})</span>
            </Heading>
            <ul className="ph-findings">
              {items.map((located) => (
                <FindingItem key={findingKey(located.finding)} {...located} />
              ))}
            </ul>
          </section>
        ))
      )}
    </>
  );
}

function FindingItem({ finding, links, page }: Located) {
  const { t } = useTranslation();
  const { goTo } = useDrafting();
  return (
    <li className="ph-finding" data-severity={finding.severity}>
      <Tag data-color={SEVERITY_COLOR[finding.severity]} data-size="sm" className="ph-finding__tag">
        {t(`drafting.check.severity.${finding.severity}`)}
      </Tag>
      <div className="ph-finding__body">
        <Paragraph data-size="sm">{messageText(finding.text, finding.message)}</Paragraph>
        <div className="ph-finding__links">
          {links.map((link) => (
            <a
              key={`${link.purpose}-${link.field}`}
              href={`#${stepRoute(link.step)}`}
              className="ph-finding__link"
              onClick={(event) => {
                event.preventDefault();
                const { step, purpose: _purpose, ...place } = link;
                goTo(step, place);
              }}
            >
              {t(`drafting.check.link.${link.purpose}`, {
                step: t(`drafting.steps.${stepKey(link.step)}.title`),
              })}
            </a>
          ))}
          {page && (
            <a href={`#${planPageRoute(page.id)}`} className="ph-finding__link">
              {t('drafting.check.link.page', { page: t(page.labelKey) })}
            </a>
          )}
        </div>
      </div>
    </li>
  );
}
