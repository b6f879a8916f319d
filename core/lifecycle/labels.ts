import type { Language } from '../schema/common';
import type { SteeringDocumentKind } from '../schema/lifecycle';
import type { LifecycleState } from './state';

/** Names of the lifecycle's states, stored and derived. */
export const LIFECYCLE_STATE_LABELS: Record<LifecycleState, Record<Language, string>> = {
  draft: { nb: 'Utkast', nn: 'Utkast', en: 'Draft' },
  consultation: { nb: 'På høring', nn: 'På høyring', en: 'In consultation' },
  adopted: {
    nb: 'Vedtatt, ikke trådt i kraft',
    nn: 'Vedteken, ikkje tredd i kraft',
    en: 'Adopted, not yet in force',
  },
  'in-force': { nb: 'Gjeldende', nn: 'Gjeldande', en: 'In force' },
  expiring: { nb: 'Går ut innen et år', nn: 'Går ut innan eitt år', en: 'Expires within a year' },
  expired: { nb: 'Utløpt', nn: 'Utgått', en: 'Expired' },
  'under-revision': { nb: 'Under rullering', nn: 'Under rullering', en: 'Being revised' },
  replaced: { nb: 'Erstattet av ny plan', nn: 'Erstatta av ny plan', en: 'Replaced by a new plan' },
};

/** Names of the municipality's steering documents in the anchoring map. */
export const STEERING_DOCUMENT_LABELS: Record<SteeringDocumentKind, Record<Language, string>> = {
  'planning-strategy': {
    nb: 'Kommunal planstrategi',
    nn: 'Kommunal planstrategi',
    en: 'Municipal planning strategy',
  },
  'master-plan-community': {
    nb: 'Kommuneplanens samfunnsdel',
    nn: 'Samfunnsdelen av kommuneplanen',
    en: 'Master plan, community part',
  },
  'master-plan-action': {
    nb: 'Kommuneplanens handlingsdel',
    nn: 'Handlingsdelen av kommuneplanen',
    en: 'Master plan, action part',
  },
  'economy-plan': {
    nb: 'Økonomiplan og budsjett',
    nn: 'Økonomiplan og budsjett',
    en: 'Economy plan and budget',
  },
  'public-health-overview': {
    nb: 'Oversikt over folkehelsen',
    nn: 'Oversikt over folkehelsa',
    en: 'Public-health overview',
  },
  'sector-plan-childhood-education': {
    nb: 'Sektorplan for oppvekst og utdanning',
    nn: 'Sektorplan for oppvekst og utdanning',
    en: 'Sector plan: childhood and education',
  },
  'sector-plan-health-care': {
    nb: 'Sektorplan for helse og omsorg',
    nn: 'Sektorplan for helse og omsorg',
    en: 'Sector plan: health and care',
  },
  'sector-plan-mental-health-substance': {
    nb: 'Sektorplan for psykisk helse og rus',
    nn: 'Sektorplan for psykisk helse og rus',
    en: 'Sector plan: mental health and substance use',
  },
  'emergency-plan': { nb: 'Beredskapsplan', nn: 'Beredskapsplan', en: 'Emergency plan' },
  'police-council-agreement': {
    nb: 'Samarbeidsavtale i politirådet',
    nn: 'Samarbeidsavtale i politirådet',
    en: 'Police-council agreement',
  },
  'competence-plan': { nb: 'Kompetanseplan', nn: 'Kompetanseplan', en: 'Competence plan' },
};
