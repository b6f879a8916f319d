import type { Language } from '../../core/schema/common';
import { type Text, textFrom } from '../text';
import type { UnitTypeId } from '../units';
import type { AssessmentItemSource } from './item';

/** Services and the share of crisis centres with a written agreement with them (knowledge status 2019). */
const agreementServices: { unitTypeId: UnitTypeId; name: Text; sharePercent: number }[] = [
  {
    unitTypeId: 'barnevern',
    name: { nb: 'barnevernet', nn: 'barnevernet', en: 'the child welfare service' },
    sharePercent: 44,
  },
  {
    unitTypeId: 'nav',
    name: { nb: 'NAV-kontoret', nn: 'NAV-kontoret', en: 'the NAV office' },
    sharePercent: 26,
  },
  {
    unitTypeId: 'familievern',
    name: { nb: 'familievernet', nn: 'familievernet', en: 'the family counselling service' },
    sharePercent: 17,
  },
  {
    unitTypeId: 'dps',
    name: { nb: 'DPS', nn: 'DPS', en: 'the district psychiatric centre (DPS)' },
    sharePercent: 11,
  },
  { unitTypeId: 'politi', name: { nb: 'politiet', nn: 'politiet', en: 'the police' }, sharePercent: 9 },
  {
    unitTypeId: 'overgrepsmottak',
    name: { nb: 'overgrepsmottaket', nn: 'overgrepsmottaket', en: 'the sexual assault centre' },
    sharePercent: 7,
  },
  {
    unitTypeId: 'bolig',
    name: { nb: 'boligtjenesten', nn: 'bustadtenesta', en: 'the housing service' },
    sharePercent: 2,
  },
  {
    unitTypeId: 'psykisk-helse-rus',
    name: { nb: 'rustjenesten', nn: 'rustenesta', en: 'the substance use service' },
    sharePercent: 2,
  },
  {
    unitTypeId: 'statens-barnehus',
    name: { nb: 'Statens barnehus', nn: 'Statens barnehus', en: "the Children's House (Statens barnehus)" },
    sharePercent: 0,
  },
];

/** «44 %» in Norwegian, «44%» in English. */
function percent(value: number, language: Language): string {
  return language === 'en' ? `${value}%` : `${value} %`;
}

const question: Record<Language, (name: string) => string> = {
  nb: (name) => `Har ${name} en skriftlig samarbeidsavtale med krisesenteret?`,
  nn: (name) => `Har ${name} ein skriftleg samarbeidsavtale med krisesenteret?`,
  en: (name) => `Is there a written cooperation agreement between ${name} and the crisis centre?`,
};

const help: Record<Language, (name: string, share: string) => string> = {
  nb: (name, share) =>
    `Svar «delvis» hvis samarbeidet skjer sak for sak uten skriftlig avtale, og noter når avtalen sist ble gjennomgått. I 2019 hadde ${share} av krisesentrene en skriftlig avtale med ${name}.`,
  nn: (name, share) =>
    `Svar «delvis» viss samarbeidet skjer sak for sak utan skriftleg avtale, og noter når avtalen sist vart gjennomgått. I 2019 hadde ${share} av krisesentera ein skriftleg avtale med ${name}.`,
  en: (name, share) =>
    `Answer «partly» if cooperation happens case by case without a written agreement, and note when the agreement was last reviewed. In 2019, ${share} of crisis centres had a written agreement with ${name}.`,
};

/** One question per service: does it have a written agreement with the crisis centre? */
export const AGREEMENT_ITEMS: readonly AssessmentItemSource[] = agreementServices.map((s) => ({
  id: `agreement-${s.unitTypeId}`,
  group: 'crisis-centre-agreements',
  question: textFrom((language) => question[language](s.name[language])),
  help: textFrom((language) => help[language](s.name[language], percent(s.sharePercent, language))),
  legalReferenceIds: ['krisesenterloven-4'],
  unitTypeId: s.unitTypeId,
}));
