import type { UnitKind } from '../core/schema/organisation';

/**
 * Typical owners and partners of measures. A new plan gets these as its units; the working group renames them
 * to local names (e.g. «NAV Bodø») and removes the ones it does not need. `typeId` stays, so the catalogue
 * can still suggest owners after a rename.
 */
export interface UnitType<TypeId extends string = string> {
  typeId: TypeId;
  name: string;
  kind: UnitKind;
}

const unitTypes = [
  // Municipal leadership and staff functions
  { typeId: 'kommunedirektor', name: 'Kommunedirektøren', kind: 'municipal' },
  { typeId: 'kommunalsjef-helse-velferd', name: 'Kommunalsjef for helse og velferd', kind: 'municipal' },
  { typeId: 'kommunalsjef-oppvekst', name: 'Kommunalsjef for oppvekst', kind: 'municipal' },
  { typeId: 'voldskoordinator', name: 'Kommunal voldskoordinator', kind: 'municipal' },
  { typeId: 'slt-koordinator', name: 'SLT-koordinator', kind: 'municipal' },
  { typeId: 'folkehelse', name: 'Folkehelsekoordinator', kind: 'municipal' },
  { typeId: 'kommunikasjon', name: 'Kommunikasjon', kind: 'municipal' },
  { typeId: 'personal', name: 'Personal og organisasjon', kind: 'municipal' },
  { typeId: 'eiendom', name: 'Eiendom', kind: 'municipal' },
  // Municipal services
  { typeId: 'krisesenter', name: 'Krisesenteret', kind: 'municipal' },
  { typeId: 'barnevern', name: 'Barneverntjenesten', kind: 'municipal' },
  { typeId: 'barnevernvakt', name: 'Barnevernvakten', kind: 'municipal' },
  { typeId: 'helsestasjon', name: 'Helsestasjon og skolehelsetjeneste', kind: 'municipal' },
  { typeId: 'fastlege', name: 'Fastlegene', kind: 'municipal' },
  { typeId: 'legevakt', name: 'Legevakten', kind: 'municipal' },
  { typeId: 'psykisk-helse-rus', name: 'Psykisk helse og rus', kind: 'municipal' },
  { typeId: 'nav', name: 'NAV-kontoret', kind: 'municipal' },
  { typeId: 'bolig', name: 'Boligtjenesten', kind: 'municipal' },
  { typeId: 'flyktningtjeneste', name: 'Flyktningtjenesten', kind: 'municipal' },
  { typeId: 'skole', name: 'Skolene', kind: 'municipal' },
  { typeId: 'barnehage', name: 'Barnehagene', kind: 'municipal' },
  { typeId: 'fritid-ungdom', name: 'Fritidstjenesten og ungdomsklubbene', kind: 'municipal' },
  { typeId: 'tannhelse', name: 'Tannhelsetjenesten', kind: 'municipal' },
  { typeId: 'hjemmetjenester-sykehjem', name: 'Hjemmetjenester og sykehjem', kind: 'municipal' },
  { typeId: 'habilitering', name: 'Habiliteringstjenesten', kind: 'municipal' },
  { typeId: 'koordinerende-enhet', name: 'Koordinerende enhet', kind: 'municipal' },
  { typeId: 'konsultasjonsteam', name: 'Konsultasjonsteam om vold', kind: 'municipal' },
  { typeId: 'tryggest', name: 'TryggEst', kind: 'municipal' },
  // State bodies and specialist services
  { typeId: 'politi', name: 'Politiet (politikontakten)', kind: 'state' },
  { typeId: 'familievern', name: 'Familievernkontoret', kind: 'state' },
  { typeId: 'statens-barnehus', name: 'Statens barnehus', kind: 'state' },
  { typeId: 'overgrepsmottak', name: 'Overgrepsmottaket', kind: 'state' },
  { typeId: 'bup', name: 'Barne- og ungdomspsykiatrisk poliklinikk (BUP)', kind: 'state' },
  { typeId: 'dps', name: 'Distriktspsykiatrisk senter (DPS)', kind: 'state' },
  { typeId: 'stottesenter', name: 'Støttesenter for kriminalitetsutsatte', kind: 'state' },
  // Other resource centres
  { typeId: 'atv', name: 'Alternativ til Vold (ATV)', kind: 'other' },
  { typeId: 'senter-incest-overgrep', name: 'Senter mot incest og seksuelle overgrep', kind: 'other' },
  { typeId: 'nkvts', name: 'Nasjonalt kunnskapssenter om vold og traumatisk stress (NKVTS)', kind: 'other' },
  { typeId: 'rvts', name: 'RVTS (regionalt ressurssenter om vold og traumatisk stress)', kind: 'rvts' },
  // Voluntary organisations
  { typeId: 'frivillige', name: 'Frivillige organisasjoner', kind: 'voluntary' },
  { typeId: 'minoritetsorganisasjoner', name: 'Minoritetsorganisasjoner', kind: 'voluntary' },
] as const satisfies readonly UnitType[];

export type UnitTypeId = (typeof unitTypes)[number]['typeId'];
export const UNIT_TYPES: readonly UnitType<UnitTypeId>[] = unitTypes;

export function findUnitType(typeId: string): UnitType<UnitTypeId> | undefined {
  return UNIT_TYPES.find((u) => u.typeId === typeId);
}
