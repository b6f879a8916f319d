import * as z from 'zod';
import { Id, IsoDate, LongText, ShortText } from './common';

/** How the plan's municipalities provide the crisis-centre service. */
export const CrisisCentreArrangement = z.enum([
  'own-service',
  'iks-host',
  'iks-partner',
  'purchase-agreement',
  'foundation',
]);
export type CrisisCentreArrangement = z.infer<typeof CrisisCentreArrangement>;

/** The duties a supervision checks: krisesenterlova §§ 2, 3, 4 and internal control (kommuneloven § 25-1). */
export const CrisisCentreDuty = z.enum(['section-2', 'section-3', 'section-4', 'internal-control']);
export type CrisisCentreDuty = z.infer<typeof CrisisCentreDuty>;

/** Yes, no or not known (`null`). */
const Known = z.boolean().nullable().default(null);

/** What each municipality of the plan must have itself, also when it buys the service from a host. */
export const MunicipalityCrisisFacts = z.object({
  municipality: ShortText.min(1),
  travelMinutes: z.number().int().min(0).max(10_000).optional(),
  contactPerson: ShortText.default(''),
  lastInternalControl: IsoDate.optional(),
  webInformation: Known,
});
export type MunicipalityCrisisFacts = z.infer<typeof MunicipalityCrisisFacts>;

export const SupervisionFinding = z.object({
  id: Id,
  text: LongText.min(1),
  duty: CrisisCentreDuty.optional(),
  followUp: LongText.default(''),
  closedOn: IsoDate.optional(),
});
export type SupervisionFinding = z.infer<typeof SupervisionFinding>;

export const CrisisCentreAgreement = z.object({
  id: Id,
  title: ShortText.min(1),
  signedOn: IsoDate.optional(),
  reviewedOn: IsoDate.optional(),
});
export type CrisisCentreAgreement = z.infer<typeof CrisisCentreAgreement>;

/** The crisis-centre service the plan's municipalities share: one per plan. */
export const CrisisCentreProfile = z.object({
  name: ShortText.default(''),
  /** The crisis centre's unit in the plan, where it is one. */
  unitId: Id.optional(),
  arrangement: CrisisCentreArrangement.optional(),
  /** Name of the host municipality (IKS host, or the one the service is bought from). */
  hostMunicipality: ShortText.default(''),
  municipalities: z.array(MunicipalityCrisisFacts).default([]),
  staffedAroundTheClock: z.object({ women: Known, men: Known }).default({ women: null, men: null }),
  menServiceLocation: ShortText.default(''),
  universalDesign: Known,
  interpreter: z
    .object({ spokenLanguages: Known, signLanguage: Known, deafblind: Known })
    .default({ spokenLanguages: null, signLanguage: null, deafblind: null }),
  familyUnits: z.number().int().min(0).max(1000).optional(),
  agreements: z.array(CrisisCentreAgreement).default([]),
  lastInternalControl: IsoDate.optional(),
  lastSupervision: z
    .object({
      date: IsoDate.optional(),
      by: ShortText.default(''),
      findings: z.array(SupervisionFinding).default([]),
    })
    .default({ by: '', findings: [] }),
  costPerInhabitantNok: z.number().nonnegative().max(1_000_000).optional(),
  /** Other municipalities the centre serves that are not in this plan (for the library's catchment view). */
  otherMunicipalities: z.array(ShortText).max(100).optional(),
});
export type CrisisCentreProfile = z.infer<typeof CrisisCentreProfile>;
export type CrisisCentreProfileInput = z.input<typeof CrisisCentreProfile>;

/** The services the crisis centre cooperates with, as the research counts them. */
export const CooperationService = z.enum([
  'child-welfare',
  'nav',
  'family-counselling',
  'mental-health-dps',
  'police',
  'sexual-assault-centre',
  'housing',
  'substance-use',
  'childrens-house',
  'school-kindergarten',
  'health-station',
]);
export type CooperationService = z.infer<typeof CooperationService>;

export const CooperationGroup = z.enum(['children', 'adults', 'vulnerable-adults']);
export type CooperationGroup = z.infer<typeof CooperationGroup>;

export const CooperationLevel = z.enum(['none', 'case-by-case', 'routine', 'written']);
export type CooperationLevel = z.infer<typeof CooperationLevel>;

export const CooperationCell = z.object({
  service: CooperationService,
  group: CooperationGroup,
  level: CooperationLevel,
  /** The measure made to close this gap, once there is one. */
  measureId: Id.optional(),
});
export type CooperationCell = z.infer<typeof CooperationCell>;

/** How each service cooperates with the crisis centre, for whom; a missing cell is not yet answered. */
export const CooperationMatrix = z.object({
  reviewedOn: IsoDate.optional(),
  cells: z.array(CooperationCell).max(200).default([]),
});
export type CooperationMatrix = z.infer<typeof CooperationMatrix>;

/** One dated entry of the internal-control log kept in the plan. */
export const InternalControlEntry = z.object({
  id: Id,
  date: IsoDate,
  /** The municipality whose control it was; absent = the shared service as a whole. */
  municipality: ShortText.optional(),
  text: ShortText.min(1),
});
export type InternalControlEntry = z.infer<typeof InternalControlEntry>;
