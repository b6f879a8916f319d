import type { FileChild } from 'docx';
import { grantsEndingWithin12Months } from '../../../core/funding/grantEnding';
import { GRANT_DECISION_LABELS, GRANT_SCHEME_LABELS } from '../../../core/labels/domainLabels';
import { measureNumbers } from '../../../core/plan/numbering';
import type { Plan } from '../../../core/schema/plan';
import { shortDate } from './format';
import type { DocumentLanguage } from './labels';
import { dataTable } from './tables';
import { heading, line } from './text';

const WORDS = {
  nb: {
    heading: 'Tilskuddsfinansierte tiltak som slutter innen 12 måneder',
    lead: 'Når tilskuddet slutter, stopper arbeidet hvis ingen har besluttet om det skal videreføres i ordinær drift. Disse tiltakene trenger en beslutning i budsjettrunden:',
    measure: 'Tiltak',
    scheme: 'Tilskuddsordning',
    ends: 'Tilskudd til',
    decision: 'Beslutning',
    due: (date: string) => `Ikke besluttet – bør besluttes innen ${date}`,
  },
  nn: {
    heading: 'Tilskotsfinansierte tiltak som sluttar innan 12 månader',
    lead: 'Når tilskotet sluttar, stoppar arbeidet dersom ingen har avgjort om det skal vidareførast i ordinær drift. Desse tiltaka treng ei avgjerd i budsjettrunden:',
    measure: 'Tiltak',
    scheme: 'Tilskotsordning',
    ends: 'Tilskot til',
    decision: 'Avgjerd',
    due: (date: string) => `Ikkje avgjort – bør avgjerast innan ${date}`,
  },
} satisfies Record<DocumentLanguage, unknown>;

export const GRANTS_ENDING_HEADING = { nb: WORDS.nb.heading, nn: WORDS.nn.heading };

/**
 * The section that asks for the decision on ordinary operation: every grant-funded measure whose grant ends within
 * twelve months of `asOf`, with its scheme, end date and what is decided. Nothing when there is none.
 */
export function grantsEndingSection(plan: Plan, asOf: string, language: DocumentLanguage): FileChild[] {
  const ending = grantsEndingWithin12Months(plan.measures, asOf);
  if (ending.length === 0) return [];
  const words = WORDS[language];
  const numbers = measureNumbers(plan);
  return [
    heading(words.heading, 2),
    line(words.lead),
    dataTable(
      [
        { header: words.measure, share: 0.4 },
        { header: words.scheme, share: 0.2 },
        { header: words.ends, share: 0.14 },
        { header: words.decision, share: 0.26 },
      ],
      ending.map(({ measure, grantEnd, due }) => {
        const grant = measure.resources.grant;
        const scheme = grant ? GRANT_SCHEME_LABELS[grant.scheme][language] : '';
        const named = grant?.schemeName.trim() ? `${scheme} (${grant.schemeName.trim()})` : scheme;
        const decision = grant?.decision
          ? `${GRANT_DECISION_LABELS[grant.decision.outcome][language]}${grant.decision.date ? ` ${shortDate(grant.decision.date)}` : ''}`
          : words.due(shortDate(due));
        return {
          cells: [
            `${numbers.get(measure.id) ?? ''} ${measure.title}`.trim(),
            named,
            shortDate(grantEnd),
            decision,
          ],
        };
      }),
    ),
  ];
}
