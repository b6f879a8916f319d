import type { CrisisCentreDuty } from '../schema/crisisCentre';
import type { Measure } from '../schema/measure';

/** Catalogue measures and the duty each one serves. */
const CATALOGUE_DUTIES: Readonly<Record<string, CrisisCentreDuty>> = {
  'crisis-centre-meets-act': 'section-2',
  'crisis-centre-men-fathers': 'section-2',
  'substance-mental-health-model': 'section-2',
  'where-to-get-help-page': 'section-2',
  'universal-design-crisis-centre': 'section-3',
  'interpreter-routine': 'section-3',
  'sami-information': 'section-3',
  're-establishment-routine': 'section-4',
  'individual-plan-coordinator': 'section-4',
  'children-keep-school-place': 'section-4',
  'written-agreements-crisis-centre': 'section-4',
  'police-contact-agreement': 'section-4',
  'sexual-assault-centre-agreement': 'section-4',
  'childrens-house-routine': 'section-4',
  'crisis-centre-internal-control': 'internal-control',
  'crisis-centre-contact-meeting': 'internal-control',
  'crisis-centre-figures-used': 'internal-control',
};

/** Legal references as plans cite them (`Krisesenterloven § 2`, `Kommunelova § 25-1`, in any language). */
const CITATIONS: readonly [RegExp, CrisisCentreDuty][] = [
  [/krisesenterl\w*\s*§\s*2\b/i, 'section-2'],
  [/(crisis centre act|krisesenterl\w*)\s*§\s*3\b/i, 'section-3'],
  [/(crisis centre act|krisesenterl\w*)\s*§\s*4\b/i, 'section-4'],
  [/(crisis centre act|krisesenterl\w*)\s*§\s*8\b/i, 'internal-control'],
  [/(local government act|kommunel\w*)\s*§\s*25-1\b/i, 'internal-control'],
  [/crisis centre act\s*§\s*2\b/i, 'section-2'],
];

/** Measures written without a legal basis or catalogue item: their title tells. */
const TITLES: readonly [RegExp, CrisisCentreDuty][] = [
  [/krisesentertilbud|døgnåpent|informasjon om hjelp|web information/i, 'section-2'],
  [/tolk|universell|tegnspråk|teiknspråk|samisk|interpreter|universal design/i, 'section-3'],
  [
    /reetabler|etter (krisesenter)?opphold|individuell plan|samarbeidsavtale med krisesenter|re-establish|individual plan/i,
    'section-4',
  ],
  [/internkontroll|internal control/i, 'internal-control'],
];

/** The crisis-centre duties a measure serves, from its legal basis and catalogue item, else from its title. */
export function dutiesOfMeasure(measure: Measure): CrisisCentreDuty[] {
  const duties = new Set<CrisisCentreDuty>();
  for (const citation of measure.legalBasis) {
    for (const [pattern, duty] of CITATIONS) if (pattern.test(citation)) duties.add(duty);
  }
  const fromCatalogue = measure.catalogueId ? CATALOGUE_DUTIES[measure.catalogueId] : undefined;
  if (fromCatalogue) duties.add(fromCatalogue);
  if (duties.size === 0) {
    for (const [pattern, duty] of TITLES) if (pattern.test(measure.title)) duties.add(duty);
  }
  return [...duties];
}
