import type { Paragraph } from 'docx';
import { FUNDING_LABELS, GRANT_SCHEME_LABELS } from '../../../core/labels/domainLabels';
import type { Indicator } from '../../../core/schema/common';
import type { Measure } from '../../../core/schema/measure';
import type { Plan } from '../../../core/schema/plan';
import { findLegalReference, legalReferenceLabel, vocabularyFor } from '../../../templates/vocabulary';
import { lowerFirst, measureTiming, shortDate } from './format';
import { type DocumentLanguage, EXPORT_LABELS } from './labels';
import { dataTable } from './tables';
import { factLine } from './text';

/** «Barn som utsettes for vold, ungdom, voksne»: labels of vocabulary ids as one phrase. */
function vocabularyNames(entries: readonly { id: string; label: string }[], ids: readonly string[]): string {
  const label = (id: string) => entries.find((e) => e.id === id)?.label ?? id;
  return ids.map((id, i) => (i === 0 ? label(id) : lowerFirst(label(id)))).join(', ');
}
export const targetGroupNames = (ids: readonly string[], language: DocumentLanguage) =>
  vocabularyNames(vocabularyFor(language).targetGroups, ids);
export const violenceFormNames = (ids: readonly string[], language: DocumentLanguage) =>
  vocabularyNames(vocabularyFor(language).violenceForms, ids);

/** «Krisesenterlova § 4» in the document's language for a known reference (id or label); free text as written. */
export function legalBasisName(idOrText: string, language: DocumentLanguage): string {
  const reference = findLegalReference(idOrText, language);
  return reference ? legalReferenceLabel(reference) : idOrText;
}

/** «Rapporteres hvert tertial til kommunestyret». */
export function reportingLine(plan: Plan, language: DocumentLanguage): string {
  const { cycle, meetingBody } = plan.reportingScheme;
  const base = EXPORT_LABELS[language].reportsEvery[cycle];
  return meetingBody.trim() ? `${base} til ${lowerFirst(meetingBody.trim())}` : base;
}

function nok(amount: number): string {
  return `kr ${Math.round(amount)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')}`;
}

function resourcesText(measure: Measure, language: DocumentLanguage): string {
  const { funding, amountNok, note, grant } = measure.resources;
  const grantParts =
    funding === 'grant' && grant
      ? [
          GRANT_SCHEME_LABELS[grant.scheme][language],
          grant.schemeName.trim(),
          grant.amountPerYearNok !== undefined ? `${nok(grant.amountPerYearNok)} per år` : '',
          // «til» in Bokmål and Nynorsk alike.
          grant.to ? `til ${shortDate(grant.to)}` : '',
        ]
      : [];
  const parts = [
    funding ? FUNDING_LABELS[funding][language] : '',
    ...grantParts,
    amountNok !== undefined ? nok(amountNok) : '',
    note.trim(),
  ].filter((p) => p !== '');
  return parts.join(', ');
}

export interface MeasureFactsOptions {
  language: DocumentLanguage;
  unitName: (id: string | undefined) => string;
  reporting?: string;
  /** Keep the last line on the page of what follows it (a table). The lines before it always keep together. */
  keepWithNext?: boolean;
}

/** The facts under a measure: owner, partners, timing, reporting, and what else the plan says about it. */
export function measureFacts(measure: Measure, options: MeasureFactsOptions): Paragraph[] {
  const facts = factTexts(measure, options);
  return facts.map(([label, value], i) =>
    factLine(label, value, { keepNext: i < facts.length - 1 || options.keepWithNext }),
  );
}

function factTexts(measure: Measure, options: MeasureFactsOptions): [string, string][] {
  const labels = EXPORT_LABELS[options.language];
  const owner = options.unitName(measure.leadOwnerUnitId) || labels.notSet;
  const contact = measure.contactPerson.trim();
  const partners = measure.partnerUnitIds.map(options.unitName).filter((n) => n !== '');
  const facts: [string, string][] = [
    [labels.leadOwner, contact ? `${owner} (${labels.contactPerson}: ${contact})` : owner],
    [labels.partners, partners.length > 0 ? partners.join(', ') : labels.none],
    [labels.timing, measureTiming(measure, options.language)],
  ];
  if (options.reporting) facts.push([labels.reporting, options.reporting]);
  if (measure.targetGroups.length > 0)
    facts.push([labels.targetGroups, targetGroupNames(measure.targetGroups, options.language)]);
  if (measure.violenceForms.length > 0)
    facts.push([labels.violenceForms, violenceFormNames(measure.violenceForms, options.language)]);
  if (measure.legalBasis.length > 0)
    facts.push([
      labels.legalBasis,
      measure.legalBasis.map((basis) => legalBasisName(basis, options.language)).join('; '),
    ]);
  const resources = resourcesText(measure, options.language);
  if (resources) facts.push([labels.resources, resources]);
  if (measure.nationalLink.trim()) facts.push([labels.nationalLink, measure.nationalLink]);
  if (measure.carriedFrom)
    facts.push([labels.carriedFrom, `${labels.previousPlanMeasure} ${measure.carriedFrom.number}`]);
  if (measure.milestones.length > 0) {
    const text = measure.milestones
      .map((m) => {
        const date = m.date ? ` (${shortDate(m.date)})` : '';
        return `${m.title}${date}${m.done ? ` – ${labels.milestoneDone}` : ''}`;
      })
      .join('\n');
    facts.push([labels.milestones, text]);
  }
  return facts;
}

/** Indicators with baseline, target and source; with `values`, a column with the value reported now. */
export function indicatorTable(
  indicators: readonly Indicator[],
  language: DocumentLanguage,
  values?: ReadonlyMap<string, string>,
) {
  const labels = EXPORT_LABELS[language];
  const withUnit = (value: string, unit: string) => (value && unit ? `${value} ${unit}` : value);
  if (values) {
    return dataTable(
      [
        { header: labels.indicator, share: 0.4 },
        { header: labels.baseline, share: 0.21 },
        { header: labels.target, share: 0.18 },
        { header: labels.currentValue, share: 0.21 },
      ],
      indicators.map((i) => ({
        cells: [
          i.name,
          withUnit(i.baseline, i.unit),
          withUnit(i.target, i.unit),
          withUnit(values.get(i.id) ?? '–', values.has(i.id) ? i.unit : ''),
        ],
      })),
    );
  }
  return dataTable(
    [
      { header: labels.indicator, share: 0.36 },
      { header: labels.baseline, share: 0.21 },
      { header: labels.target, share: 0.17 },
      { header: labels.source, share: 0.26 },
    ],
    indicators.map((i) => ({
      cells: [i.name, withUnit(i.baseline, i.unit), withUnit(i.target, i.unit), i.source],
    })),
  );
}
