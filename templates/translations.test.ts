import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_GROUP_SOURCES,
  ASSESSMENT_ITEM_SOURCES,
  CATALOGUE_SOURCES,
  FOCUS_AREA_SOURCES,
  LEGAL_REFERENCE_SOURCES,
  SECTION_SOURCES,
  TARGET_GROUP_SOURCES,
  type Text,
  UNIT_TYPE_SOURCES,
  VIOLENCE_FORM_SOURCES,
  WHEEL_PRESET_SOURCES,
} from './index';

/** Every template text, found by walking the sources, with where it sits («catalogue.tryggest.title»). */
function allTexts(): { path: string; text: Text }[] {
  const roots = {
    catalogue: CATALOGUE_SOURCES,
    focusAreas: FOCUS_AREA_SOURCES,
    sections: SECTION_SOURCES,
    assessmentGroups: ASSESSMENT_GROUP_SOURCES,
    assessmentItems: ASSESSMENT_ITEM_SOURCES,
    targetGroups: TARGET_GROUP_SOURCES,
    violenceForms: VIOLENCE_FORM_SOURCES,
    legalReferences: LEGAL_REFERENCE_SOURCES,
    unitTypes: UNIT_TYPE_SOURCES,
    wheelPresets: WHEEL_PRESET_SOURCES,
  };
  const found: { path: string; text: Text }[] = [];
  const walk = (value: unknown, path: string) => {
    if (value === null || typeof value !== 'object') return;
    if ('nb' in value && 'nn' in value && 'en' in value) {
      found.push({ path, text: value as Text });
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      const name = child !== null && typeof child === 'object' && 'id' in child ? String(child.id) : key;
      walk(child, `${path}.${name}`);
    }
  };
  for (const [name, root] of Object.entries(roots)) walk(root, name);
  return found;
}

const texts = allTexts();

/**
 * Texts that are rightly the same in Bokmål and Nynorsk: names of services and bodies, and words both written
 * standards spell alike. Anything else identical in both is an untranslated Bokmål text.
 */
const SAME_IN_BOTH = new Set([
  // Names of services, bodies and programmes
  'Alternativ til Vold (ATV)',
  'Barne- og ungdomspsykiatrisk poliklinikk (BUP)',
  'Distriktspsykiatrisk senter (DPS)',
  'Familievernkontoret',
  'Istanbulkonvensjonen',
  'KOSTRA-rapportering til SSB',
  'Krisesenteret',
  'NAV-kontoret',
  'Nasjonalt kunnskapssenter om vold og traumatisk stress (NKVTS)',
  'Overgrepsmottaket',
  'Politiet (politikontakten)',
  'Senter mot incest og seksuelle overgrep',
  'SLT-koordinator',
  'Statens barnehus',
  'TryggEst',
  // Spelled alike in both written standards
  'Den internasjonale kvinnedagen',
  'Eldre',
  'Evaluering og rullering',
  'Evaluering og rullering av handlingsplanen',
  'Folkehelsekoordinator',
  'Gravide',
  'Individuell plan og koordinator',
  'Kommunal planstrategi',
  'Kommunalsjef for helse og velferd',
  'Kommunalsjef for oppvekst',
  'Kommunedirektøren',
  'Kommunikasjon',
  'Negativ sosial kontroll',
  'Omfang og lokal situasjon',
  'Omsorgssvikt',
  'Opplysningsplikt til barnevernet',
  'Organisering og ansvar for oppfølging',
  'Personal og organisasjon',
  'Psykisk helse og rus',
  'Tvangsekteskap',
  'Årsmelding med status for handlingsplanen',
]);

/** A citation of the national action plan by measure number reads the same in both standards. */
const NATIONAL_PLAN_CITATION =
  /^Nasjonal handlingsplan 2014–2017, tiltak [0-9a-z, og]+(; KOSTRA-spørsmål [0-9 og]+)?$/;

/** Words that are Bokmål only; a Nynorsk text that has one was not (fully) written in Nynorsk. */
const BOKMAAL_ONLY = [
  'en',
  'et',
  'ikke',
  'sammen',
  'kommer',
  'tar',
  'fortsatt',
  'allerede',
  'hva',
  'hvem',
  'hvor',
  'hvordan',
  'hvilke',
  'hvilken',
  'hvis',
  'hver',
  'hvert',
  'noen',
  'noe',
  'mye',
  'vold',
  'volden',
  'voldsutsatte',
  'ansatt',
  'ansatte',
  'nyansatte',
  'tjeneste',
  'tjenesten',
  'tjenester',
  'tjenestene',
  'enhet',
  'enheten',
  'enheter',
  'fra',
  'hele',
  'bare',
  'egen',
  'eget',
  'egne',
  'dem',
  'deres',
  'disse',
  'sted',
  'også',
  'ble',
  'være',
  'vært',
  'mer',
  'selv',
  'sykehjem',
  'skole',
  'skolen',
  'skoler',
  'bruker',
  'brukere',
  'beboere',
  'tilbud',
  'tilbudet',
  'utsatt',
  'utsatte',
  'forebygge',
  'forebygging',
  'henvise',
  'henvisning',
  'nettsted',
  'opphold',
  'oppholdet',
  'gjøre',
  'gjør',
  'gjelder',
  'vet',
  'sier',
  'spørre',
  'lager',
  'bedre',
  'høyere',
  'lavere',
  'taushetsplikt',
  'taushetsplikten',
  'eksempel',
];

/** Norwegian words that have no place in the English texts. */
const NORWEGIAN_ONLY = [
  'og',
  'ikke',
  'ikkje',
  'eller',
  'som',
  'skal',
  'er',
  'kommunen',
  'tiltak',
  'vold',
  'vald',
  'tjenester',
  'tenester',
  'også',
  'òg',
  'frå',
  'fra',
];

/** Names quoted as they are written («Hvor lite skal du finne deg i?») and names of bodies stay as they are. */
function withoutNames(text: string): string {
  return text
    .replace(/«[^»]*»/g, ' ')
    .replace(/Nasjonalt kunnskapssenter om vold og traumatisk stress/g, ' ')
    .replace(/Alternativ til Vold/g, ' ');
}

function wordsOf(text: string): string[] {
  return text
    .toLocaleLowerCase('nb')
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== '');
}

describe('template texts in Bokmål, Nynorsk and English', () => {
  it('finds the texts of every kind of template', () => {
    const kinds = new Set(texts.map((t) => t.path.split('.')[0]));
    expect([...kinds].sort()).toEqual([
      'assessmentGroups',
      'assessmentItems',
      'catalogue',
      'focusAreas',
      'legalReferences',
      'sections',
      'targetGroups',
      'unitTypes',
      'violenceForms',
      'wheelPresets',
    ]);
    expect(texts.length).toBeGreaterThan(500);
  });

  it('has every text in all three languages, none of them empty', () => {
    const missing = texts.filter(({ text }) => [text.nb, text.nn, text.en].some((t) => t.trim() === ''));
    expect(missing.map((t) => t.path)).toEqual([]);
  });

  it('writes the Nynorsk texts in Nynorsk rather than copying the Bokmål', () => {
    const copied = texts.filter(
      ({ text }) =>
        text.nn === text.nb && !SAME_IN_BOTH.has(text.nn) && !NATIONAL_PLAN_CITATION.test(text.nn),
    );
    expect(copied.map((t) => `${t.path}: ${t.text.nn}`)).toEqual([]);
  });

  it('keeps the list of texts that are the same in both standards honest', () => {
    const identical = new Set(texts.filter(({ text }) => text.nn === text.nb).map(({ text }) => text.nn));
    expect([...SAME_IN_BOTH].filter((text) => !identical.has(text))).toEqual([]);
  });

  it('uses no Bokmål-only words in the Nynorsk texts', () => {
    const bokmaal = new Set(BOKMAAL_ONLY);
    // Bokmål adjectives end in -lig (skriftlig, årlig); Nynorsk writes -leg (skriftleg, årleg), but (fri)villig.
    const bokmaalEnding = /^(?!(fri)?villig).*lig(e|t|ere|st)?$/;
    const slips = texts.flatMap(({ path, text }) =>
      wordsOf(withoutNames(text.nn))
        .filter((word) => bokmaal.has(word) || bokmaalEnding.test(word))
        .map((word) => `${path}: «${word}» in «${text.nn}»`),
    );
    expect(slips).toEqual([]);
  });

  it('writes the English texts in English', () => {
    const norwegian = new Set(NORWEGIAN_ONLY);
    const slips = texts.flatMap(({ path, text }) => {
      // Norwegian names and terms are kept where they are quoted or explained in brackets.
      const english = withoutNames(text.en)
        .replace(/\([^)]*\)/g, ' ')
        .replace(/Brøset|Statens barnehus|Husbanken|Mosseregionen/g, ' ');
      const words = wordsOf(english).filter((word) => norwegian.has(word));
      const letters = /[æøå]/i.test(english) ? ['æ/ø/å'] : [];
      return [...words, ...letters].map((word) => `${path}: «${word}» in «${text.en}»`);
    });
    expect(slips).toEqual([]);
    expect(
      texts.filter(({ text }) => text.en === text.nb && text.en !== 'TryggEst').map((t) => t.path),
    ).toEqual([]);
  });
});
