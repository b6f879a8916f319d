import type { CooperationGroup, CooperationService } from '../schema/crisisCentre';
import { CooperationGroup as Groups, CooperationService as Services } from '../schema/crisisCentre';

export const COOPERATION_SERVICES: readonly CooperationService[] = Services.options;
export const COOPERATION_GROUPS: readonly CooperationGroup[] = Groups.options;

/** The services whose missing written agreement the research points at first (2019: police 9 %, housing 2 %). */
export const CORE_SERVICES: readonly CooperationService[] = [
  'child-welfare',
  'nav',
  'police',
  'housing',
  'mental-health-dps',
];

/** The plan's unit types (template `typeId`s) that are each service. */
export const SERVICE_UNIT_TYPES: Readonly<Record<CooperationService, readonly string[]>> = {
  'child-welfare': ['barnevern', 'barnevernvakt'],
  nav: ['nav'],
  'family-counselling': ['familievern'],
  'mental-health-dps': ['dps', 'psykisk-helse-rus', 'bup'],
  police: ['politi'],
  'sexual-assault-centre': ['overgrepsmottak'],
  housing: ['bolig'],
  'substance-use': ['psykisk-helse-rus'],
  'childrens-house': ['statens-barnehus'],
  'school-kindergarten': ['skole', 'barnehage'],
  'health-station': ['helsestasjon'],
};

/** The catalogue measure (templates/catalogue) that closes a gap with each service. */
export const GAP_CATALOGUE_ITEM: Readonly<Record<CooperationService, string>> = {
  'child-welfare': 'written-agreements-crisis-centre',
  nav: 're-establishment-routine',
  'family-counselling': 'written-agreements-crisis-centre',
  'mental-health-dps': 'substance-mental-health-model',
  police: 'police-contact-agreement',
  'sexual-assault-centre': 'sexual-assault-centre-agreement',
  housing: 're-establishment-routine',
  'substance-use': 'substance-mental-health-model',
  'childrens-house': 'childrens-house-routine',
  'school-kindergarten': 'children-keep-school-place',
  'health-station': 'written-agreements-crisis-centre',
};
