import type { Language } from '../core/schema/common';
import type { UnitKind } from '../core/schema/organisation';
import { perLanguage, type Text } from './text';

/**
 * Typical owners and partners of measures. A new plan gets these as its units, named in the plan's language;
 * the working group renames them to local names (e.g. «NAV Bodø») and removes the ones it does not need.
 * `typeId` stays, so the catalogue can still suggest owners after a rename.
 */
export interface UnitType<TypeId extends string = string> {
  typeId: TypeId;
  name: string;
  kind: UnitKind;
}

interface UnitTypeSource {
  typeId: string;
  name: Text;
  kind: UnitKind;
}

const unitTypes = [
  // Municipal leadership and staff functions
  {
    typeId: 'kommunedirektor',
    name: { nb: 'Kommunedirektøren', nn: 'Kommunedirektøren', en: 'Chief executive' },
    kind: 'municipal',
  },
  {
    typeId: 'kommunalsjef-helse-velferd',
    name: {
      nb: 'Kommunalsjef for helse og velferd',
      nn: 'Kommunalsjef for helse og velferd',
      en: 'Head of health and welfare',
    },
    kind: 'municipal',
  },
  {
    typeId: 'kommunalsjef-oppvekst',
    name: {
      nb: 'Kommunalsjef for oppvekst',
      nn: 'Kommunalsjef for oppvekst',
      en: 'Head of children, youth and education',
    },
    kind: 'municipal',
  },
  {
    typeId: 'voldskoordinator',
    name: {
      nb: 'Kommunal voldskoordinator',
      nn: 'Kommunal valdskoordinator',
      en: 'Municipal domestic violence coordinator',
    },
    kind: 'municipal',
  },
  {
    typeId: 'slt-koordinator',
    name: { nb: 'SLT-koordinator', nn: 'SLT-koordinator', en: 'SLT coordinator (crime prevention)' },
    kind: 'municipal',
  },
  {
    typeId: 'folkehelse',
    name: { nb: 'Folkehelsekoordinator', nn: 'Folkehelsekoordinator', en: 'Public health coordinator' },
    kind: 'municipal',
  },
  {
    typeId: 'kommunikasjon',
    name: { nb: 'Kommunikasjon', nn: 'Kommunikasjon', en: 'Communications' },
    kind: 'municipal',
  },
  {
    typeId: 'personal',
    name: { nb: 'Personal og organisasjon', nn: 'Personal og organisasjon', en: 'HR and organisation' },
    kind: 'municipal',
  },
  { typeId: 'eiendom', name: { nb: 'Eiendom', nn: 'Eigedom', en: 'Property' }, kind: 'municipal' },
  // Municipal services
  {
    typeId: 'krisesenter',
    name: { nb: 'Krisesenteret', nn: 'Krisesenteret', en: 'Crisis centre' },
    kind: 'municipal',
  },
  {
    typeId: 'barnevern',
    name: { nb: 'Barneverntjenesten', nn: 'Barnevernstenesta', en: 'Child welfare service' },
    kind: 'municipal',
  },
  {
    typeId: 'barnevernvakt',
    name: { nb: 'Barnevernvakten', nn: 'Barnevernsvakta', en: 'Child welfare emergency service' },
    kind: 'municipal',
  },
  {
    typeId: 'helsestasjon',
    name: {
      nb: 'Helsestasjon og skolehelsetjeneste',
      nn: 'Helsestasjon og skulehelseteneste',
      en: 'Child health clinic and school health service',
    },
    kind: 'municipal',
  },
  {
    typeId: 'fastlege',
    name: { nb: 'Fastlegene', nn: 'Fastlegane', en: 'General practitioners (GPs)' },
    kind: 'municipal',
  },
  {
    typeId: 'legevakt',
    name: { nb: 'Legevakten', nn: 'Legevakta', en: 'Out-of-hours medical service' },
    kind: 'municipal',
  },
  {
    typeId: 'psykisk-helse-rus',
    name: {
      nb: 'Psykisk helse og rus',
      nn: 'Psykisk helse og rus',
      en: 'Mental health and substance use services',
    },
    kind: 'municipal',
  },
  {
    typeId: 'nav',
    name: { nb: 'NAV-kontoret', nn: 'NAV-kontoret', en: 'NAV office (labour and welfare)' },
    kind: 'municipal',
  },
  {
    typeId: 'bolig',
    name: { nb: 'Boligtjenesten', nn: 'Bustadtenesta', en: 'Housing service' },
    kind: 'municipal',
  },
  {
    typeId: 'flyktningtjeneste',
    name: { nb: 'Flyktningtjenesten', nn: 'Flyktningtenesta', en: 'Refugee service' },
    kind: 'municipal',
  },
  { typeId: 'skole', name: { nb: 'Skolene', nn: 'Skulane', en: 'Schools' }, kind: 'municipal' },
  {
    typeId: 'barnehage',
    name: { nb: 'Barnehagene', nn: 'Barnehagane', en: 'Kindergartens' },
    kind: 'municipal',
  },
  {
    typeId: 'fritid-ungdom',
    name: {
      nb: 'Fritidstjenesten og ungdomsklubbene',
      nn: 'Fritidstenesta og ungdomsklubbane',
      en: 'Leisure service and youth clubs',
    },
    kind: 'municipal',
  },
  {
    typeId: 'tannhelse',
    name: { nb: 'Tannhelsetjenesten', nn: 'Tannhelsetenesta', en: 'Dental health service' },
    kind: 'municipal',
  },
  {
    typeId: 'hjemmetjenester-sykehjem',
    name: {
      nb: 'Hjemmetjenester og sykehjem',
      nn: 'Heimetenester og sjukeheimar',
      en: 'Home care services and nursing homes',
    },
    kind: 'municipal',
  },
  {
    typeId: 'habilitering',
    name: { nb: 'Habiliteringstjenesten', nn: 'Habiliteringstenesta', en: 'Habilitation service' },
    kind: 'municipal',
  },
  {
    typeId: 'koordinerende-enhet',
    name: { nb: 'Koordinerende enhet', nn: 'Koordinerande eining', en: 'Coordinating unit' },
    kind: 'municipal',
  },
  {
    typeId: 'konsultasjonsteam',
    name: {
      nb: 'Konsultasjonsteam om vold',
      nn: 'Konsultasjonsteam om vald',
      en: 'Consultation team on violence',
    },
    kind: 'municipal',
  },
  { typeId: 'tryggest', name: { nb: 'TryggEst', nn: 'TryggEst', en: 'TryggEst' }, kind: 'municipal' },
  // State bodies and specialist services
  {
    typeId: 'politi',
    name: {
      nb: 'Politiet (politikontakten)',
      nn: 'Politiet (politikontakten)',
      en: 'Police (the police contact)',
    },
    kind: 'state',
  },
  {
    typeId: 'familievern',
    name: { nb: 'Familievernkontoret', nn: 'Familievernkontoret', en: 'Family counselling office' },
    kind: 'state',
  },
  {
    typeId: 'statens-barnehus',
    name: {
      nb: 'Statens barnehus',
      nn: 'Statens barnehus',
      en: "Children's House (Statens barnehus)",
    },
    kind: 'state',
  },
  {
    typeId: 'overgrepsmottak',
    name: { nb: 'Overgrepsmottaket', nn: 'Overgrepsmottaket', en: 'Sexual assault centre' },
    kind: 'state',
  },
  {
    typeId: 'bup',
    name: {
      nb: 'Barne- og ungdomspsykiatrisk poliklinikk (BUP)',
      nn: 'Barne- og ungdomspsykiatrisk poliklinikk (BUP)',
      en: 'Child and adolescent mental health outpatient clinic (BUP)',
    },
    kind: 'state',
  },
  {
    typeId: 'dps',
    name: {
      nb: 'Distriktspsykiatrisk senter (DPS)',
      nn: 'Distriktspsykiatrisk senter (DPS)',
      en: 'District psychiatric centre (DPS)',
    },
    kind: 'state',
  },
  {
    typeId: 'stottesenter',
    name: {
      nb: 'Støttesenter for kriminalitetsutsatte',
      nn: 'Støttesenter for kriminalitetsutsette',
      en: 'Support centre for victims of crime',
    },
    kind: 'state',
  },
  // Other resource centres
  {
    typeId: 'atv',
    name: {
      nb: 'Alternativ til Vold (ATV)',
      nn: 'Alternativ til Vold (ATV)',
      en: 'Alternative to Violence (ATV)',
    },
    kind: 'other',
  },
  {
    typeId: 'senter-incest-overgrep',
    name: {
      nb: 'Senter mot incest og seksuelle overgrep',
      nn: 'Senter mot incest og seksuelle overgrep',
      en: 'Centre against incest and sexual abuse',
    },
    kind: 'other',
  },
  {
    typeId: 'nkvts',
    name: {
      nb: 'Nasjonalt kunnskapssenter om vold og traumatisk stress (NKVTS)',
      nn: 'Nasjonalt kunnskapssenter om vold og traumatisk stress (NKVTS)',
      en: 'Norwegian Centre for Violence and Traumatic Stress Studies (NKVTS)',
    },
    kind: 'other',
  },
  {
    typeId: 'rvts',
    name: {
      nb: 'RVTS (regionalt ressurssenter om vold og traumatisk stress)',
      nn: 'RVTS (regionalt ressurssenter om vald og traumatisk stress)',
      en: 'RVTS (regional resource centre on violence and traumatic stress)',
    },
    kind: 'rvts',
  },
  // Voluntary organisations
  {
    typeId: 'frivillige',
    name: { nb: 'Frivillige organisasjoner', nn: 'Frivillige organisasjonar', en: 'Voluntary organisations' },
    kind: 'voluntary',
  },
  {
    typeId: 'minoritetsorganisasjoner',
    name: { nb: 'Minoritetsorganisasjoner', nn: 'Minoritetsorganisasjonar', en: 'Minority organisations' },
    kind: 'voluntary',
  },
] as const satisfies readonly UnitTypeSource[];

export type UnitTypeId = (typeof unitTypes)[number]['typeId'];

/** Every unit type with its name in all languages: the one source the views below are made from. */
export const UNIT_TYPE_SOURCES: readonly (UnitTypeSource & { typeId: UnitTypeId })[] = unitTypes;

/** The unit types with their names in one language. */
export const unitTypesFor = perLanguage((language: Language): readonly UnitType<UnitTypeId>[] =>
  UNIT_TYPE_SOURCES.map((u) => ({ typeId: u.typeId, name: u.name[language], kind: u.kind })),
);
