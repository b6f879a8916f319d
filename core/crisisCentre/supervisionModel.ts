import { refersTo, requireMunicipality } from '../municipalities/municipalities';
import { planForMunicipality } from '../municipalities/scope';
import { crisisCentreRules } from '../quality/crisisCentreRules';
import type { QualityFinding } from '../quality/finding';
import type {
  CooperationMatrix,
  CrisisCentreDuty,
  CrisisCentreProfile,
  InternalControlEntry,
  SupervisionFinding,
} from '../schema/crisisCentre';
import type { Measure } from '../schema/measure';
import type { Municipality, Unit } from '../schema/organisation';
import type { Plan } from '../schema/plan';
import type { MeasureStatus } from '../schema/status';
import { effectiveStatus, latestUpdateByMeasure } from '../status/summary';
import { cooperationOf, servicesWithWrittenAgreement } from './cooperation';
import { dutiesOfMeasure } from './duties';
import { profileOf } from './profile';

type AssessmentAnswer = Plan['assessment'][number];

export type CheckState = 'in-place' | 'partly' | 'missing' | 'unknown';

/** One thing a supervisor looks for under a duty, with what the plan says about it. */
export interface DutyCheck {
  id: string;
  state: CheckState;
  /** The fact behind the state: a date, a name, a list (already in the plan's words). */
  detail?: string;
}

export interface DutyMeasure {
  measure: Measure;
  owner: Unit | undefined;
  status: MeasureStatus | 'no-report';
}

export interface DutyPart {
  duty: CrisisCentreDuty;
  checks: DutyCheck[];
  answers: AssessmentAnswer[];
  measures: DutyMeasure[];
  findings: SupervisionFinding[];
  /** What the plan-quality rules find missing under this duty for this municipality. */
  gaps: QualityFinding[];
}

export type SupervisionTheme = 'physical-security' | 're-establishment' | 'integrated-follow-up';

export interface ThemePart {
  theme: SupervisionTheme;
  measures: DutyMeasure[];
  findings: SupervisionFinding[];
  answers: AssessmentAnswer[];
}

export interface SupervisionModel {
  municipality: Municipality;
  isHost: boolean;
  profile: CrisisCentreProfile;
  duties: DutyPart[];
  matrix: CooperationMatrix;
  log: InternalControlEntry[];
  themes: ThemePart[];
}

export const DUTIES: readonly CrisisCentreDuty[] = [
  'section-2',
  'section-3',
  'section-4',
  'internal-control',
];

/** The self-assessment items that speak to each duty. */
export const DUTY_ITEMS: Readonly<Record<CrisisCentreDuty, readonly string[]>> = {
  'section-2': [
    'cc-comprehensive-offer',
    'cc-open-free',
    'cc-offer-parts',
    'cc-web-information',
    'cc-access',
    'cc-men-and-fathers',
    'cc-substance-mental-health',
  ],
  'section-3': ['cc-adaptation', 'cc-information-languages'],
  'section-4': [
    'cc-coordinated-follow-up',
    'cc-follow-up-after-stay',
    'cc-children-school-place',
    'cc-individual-plan',
    'cc-in-working-group',
    'kostra-crisis-centre-cooperation',
  ],
  'internal-control': ['ic-carried-out', 'ic-partner-municipality', 'ic-named-leader', 'cc-figures-used'],
};

const RULE_DUTY: Readonly<Record<string, CrisisCentreDuty>> = {
  'crisis-centre.profile-missing': 'section-2',
  'crisis-centre.sami-information': 'section-3',
  'crisis-centre.reestablishment-missing': 'section-4',
  'crisis-centre.children-school': 'section-4',
  'cooperation.no-written-agreement': 'section-4',
  'crisis-centre.leader-owner': 'internal-control',
  'crisis-centre.partner-duties': 'internal-control',
};

const THEME_PATTERNS: Readonly<Record<SupervisionTheme, RegExp>> = {
  'physical-security': /sikkerhet|sikring|tryggleik|security|alarm/i,
  're-establishment':
    /reetabler|re-establish|etter (krisesenter)?opphold|etter opphaldet|bolig|bustad|housing/i,
  'integrated-follow-up': /individuell plan|koordinator|samordn|helhetlig|heilskapleg|integrated|follow-up/i,
};

const THEME_ITEMS: Readonly<Record<SupervisionTheme, readonly string[]>> = {
  'physical-security': [],
  're-establishment': ['cc-follow-up-after-stay', 'cc-children-school-place'],
  'integrated-follow-up': ['cc-coordinated-follow-up', 'cc-individual-plan'],
};

const known = (value: boolean | null): CheckState =>
  value === null ? 'unknown' : value ? 'in-place' : 'missing';
const present = (value: string | undefined): CheckState => (value?.trim() ? 'in-place' : 'missing');

/**
 * What a county governor's supervision of one municipality would look at, duty by duty (krisesenterlova §§ 2, 3,
 * 4 and internal control under kommuneloven § 25-1), from the plan: the profile, the self-assessment, the
 * measures that apply to the municipality with their latest status, the last supervision's findings, the
 * cooperation matrix and the internal-control log.
 */
export function supervisionModel(plan: Plan, name: string): SupervisionModel {
  const municipality = requireMunicipality(plan, name);
  const scoped = planForMunicipality(plan, municipality.name);
  const profile = profileOf(plan);
  const facts = profile.municipalities.find((f) => refersTo(f.municipality, municipality));
  const matrix = cooperationOf(plan);
  const latest = latestUpdateByMeasure(scoped);
  const units = new Map(scoped.units.map((u) => [u.id, u]));
  const asDutyMeasure = (measure: Measure): DutyMeasure => {
    const update = latest.get(measure.id);
    return {
      measure,
      owner: measure.leadOwnerUnitId === undefined ? undefined : units.get(measure.leadOwnerUnitId),
      status: update ? effectiveStatus(update, measure) : 'no-report',
    };
  };
  const answersFor = (ids: readonly string[]) =>
    ids.flatMap((id) => plan.assessment.filter((a) => a.itemId === id));
  const ruleFindings = crisisCentreRules(plan, { targetGroups: [], violenceForms: [] }).filter((f) => {
    const perMunicipality =
      f.id === 'crisis-centre.partner-duties' || f.id === 'crisis-centre.sami-information';
    if (perMunicipality) return f.target.id === municipality.name;
    if (f.target.kind === 'measure') return scoped.measures.some((m) => m.id === f.target.id);
    return true;
  });
  const log = (plan.internalControlLog ?? []).filter(
    (e) => e.municipality === undefined || refersTo(e.municipality, municipality),
  );
  const written = servicesWithWrittenAgreement(matrix);
  const measuresOf = (duty: CrisisCentreDuty) =>
    scoped.measures.filter((m) => dutiesOfMeasure(m).includes(duty)).map(asDutyMeasure);
  const checks: Record<CrisisCentreDuty, DutyCheck[]> = {
    'section-2': [
      { id: 'staffed-women', state: known(profile.staffedAroundTheClock.women) },
      { id: 'staffed-men', state: known(profile.staffedAroundTheClock.men) },
      { id: 'men-service', state: present(profile.menServiceLocation), detail: profile.menServiceLocation },
      { id: 'web-information', state: known(facts?.webInformation ?? null) },
      ...(facts?.travelMinutes !== undefined
        ? [{ id: 'travel-time', state: 'in-place' as const, detail: String(facts.travelMinutes) }]
        : []),
    ],
    'section-3': [
      { id: 'universal-design', state: known(profile.universalDesign) },
      { id: 'interpreter-spoken', state: known(profile.interpreter.spokenLanguages) },
      { id: 'interpreter-sign', state: known(profile.interpreter.signLanguage) },
      { id: 'interpreter-deafblind', state: known(profile.interpreter.deafblind) },
      ...(municipality.samiArea
        ? [
            {
              id: 'sami-information',
              state: ruleFindings.some((f) => f.id === 'crisis-centre.sami-information')
                ? ('missing' as const)
                : ('in-place' as const),
            },
          ]
        : []),
    ],
    'section-4': [
      {
        id: 'written-agreements',
        state: written.length === 0 ? (matrix.cells.length === 0 ? 'unknown' : 'missing') : 'in-place',
        detail: String(written.length),
      },
      {
        id: 're-establishment',
        state: ruleFindings.some((f) => f.id === 'crisis-centre.reestablishment-missing')
          ? 'missing'
          : 'in-place',
      },
      {
        id: 'children-school',
        state: ruleFindings.some((f) => f.id === 'crisis-centre.children-school') ? 'missing' : 'in-place',
      },
      {
        id: 'cooperation-reviewed',
        state: present(matrix.reviewedOn),
        ...(matrix.reviewedOn ? { detail: matrix.reviewedOn } : {}),
      },
    ],
    'internal-control': [
      { id: 'contact-person', state: present(facts?.contactPerson), detail: facts?.contactPerson ?? '' },
      {
        id: 'own-internal-control',
        state: present(facts?.lastInternalControl),
        ...(facts?.lastInternalControl ? { detail: facts.lastInternalControl } : {}),
      },
      {
        id: 'service-internal-control',
        state: present(profile.lastInternalControl),
        ...(profile.lastInternalControl ? { detail: profile.lastInternalControl } : {}),
      },
      {
        id: 'internal-control-log',
        state: log.length > 0 ? 'in-place' : 'missing',
        detail: String(log.length),
      },
      {
        id: 'leader-owner',
        state: ruleFindings.some((f) => f.id === 'crisis-centre.leader-owner') ? 'missing' : 'in-place',
      },
    ],
  };
  const findings = profile.lastSupervision.findings;
  const duties = DUTIES.map((duty) => ({
    duty,
    checks: checks[duty],
    answers: answersFor(DUTY_ITEMS[duty]),
    measures: measuresOf(duty),
    findings: findings.filter((f) => f.duty === duty),
    gaps: ruleFindings.filter((f) => RULE_DUTY[f.id] === duty),
  }));
  const themes = (Object.keys(THEME_PATTERNS) as SupervisionTheme[]).map((theme) => ({
    theme,
    measures: scoped.measures.filter((m) => THEME_PATTERNS[theme].test(m.title)).map(asDutyMeasure),
    findings: findings.filter((f) => THEME_PATTERNS[theme].test(`${f.text} ${f.followUp}`)),
    answers: answersFor(THEME_ITEMS[theme]),
  }));
  return {
    municipality,
    isHost: refersTo(plan.municipality.name, municipality),
    profile,
    duties,
    matrix,
    log,
    themes,
  };
}
