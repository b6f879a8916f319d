import type { Text } from '../text';

/**
 * The references catalogue measures cite, written once so the measure numbers and years are the same in every
 * language.
 */

/** «14, 15 og 38» / «14, 15 and 38». */
function list(items: readonly (number | string)[], and: string): string {
  const all = items.map(String);
  return all.length < 2 ? all.join('') : `${all.slice(0, -1).join(', ')} ${and} ${all.at(-1)}`;
}

/** A measure (or measures) of the national action plan 2014–2017, the basis of most catalogue items. */
export function nationalPlan(...measures: (number | string)[]): Text {
  const norwegian = `Nasjonal handlingsplan 2014–2017, tiltak ${list(measures, 'og')}`;
  return {
    nb: norwegian,
    nn: norwegian,
    en: `National action plan 2014–2017, ${measures.length > 1 ? 'measures' : 'measure'} ${list(measures, 'and')}`,
  };
}

/** A reference that starts with a capital as a source of its own, placed after another one («…; kunnskapsstatus …»). */
export function midSentence(reference: Text): Text {
  const lower = (text: string) => text.charAt(0).toLocaleLowerCase('nb') + text.slice(1);
  return { nb: lower(reference.nb), nn: lower(reference.nn), en: lower(reference.en) };
}

/** Several references, cited one after the other. */
export function citing(...references: Text[]): Text {
  const join = (language: keyof Text) => references.map((r) => r[language]).join('; ');
  return { nb: join('nb'), nn: join('nn'), en: join('en') };
}

/** The knowledge status on crisis-centre services (survey of the centres, statistics, supervision; 2019). */
export const KNOWLEDGE_STATUS_2019: Text = {
  nb: 'Kunnskapsstatus om krisesentertilbudet (2019)',
  nn: 'Kunnskapsstatus om krisesentertilbodet (2019)',
  en: 'Knowledge status on the crisis centre service (2019)',
};

/** The 2021 study of what keeps plans alive in seven municipalities. */
export const SEVEN_MUNICIPALITIES_2021: Text = {
  nb: 'Studie av sju kommuners handlingsplaner (2021)',
  nn: 'Studie av handlingsplanane i sju kommunar (2021)',
  en: "Study of seven municipalities' action plans (2021)",
};

export const LOCAL_EXAMPLE: Text = {
  nb: 'Lokalt eksempel fra kommunale handlingsplaner',
  nn: 'Lokalt døme frå kommunale handlingsplanar',
  en: 'Local example from municipal action plans',
};
