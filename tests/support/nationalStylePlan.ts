import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import type { MeasureInput } from '../../core/schema/measure';
import { type Plan, type PlanInput, Plan as PlanSchema } from '../../core/schema/plan';
import type { MeasureStatus, StatusUpdateInput } from '../../core/schema/status';

/**
 * A realistic, deterministic plan for tests and demos: «Handlingsplan mot vold i nære relasjoner 2026–2029»
 * for a mid-sized municipality, 45 measures in the five usual focus areas, each with one lead owner, and
 * tertial status reports for 2026-T1 … 2027-T1 (some delayed with reasons, some needing a decision, one
 * completed after its deadline, one stopped, a copied narrative, two never reported). 2027-T2 is left open for
 * a status round. With `endOfPlan`, a final report for 2029-T3 marks every unfinished measure as done,
 * continued in a new plan or stopped, ready for revision.
 */
export function nationalStylePlan(options: { endOfPlan?: boolean } = {}): Plan {
  const input: PlanInput = {
    id: 'plan-national-style',
    title: 'Handlingsplan mot vold i nære relasjoner 2026–2029',
    municipality: { name: 'Fjordvik', number: '1850' },
    period: { fromYear: 2026, toYear: 2029 },
    lifecycle: 'adopted',
    adoption: { body: 'Kommunestyret', date: '2026-02-12', caseNumber: '26/114' },
    coordinator: { name: 'Kari Nordmann', role: 'Voldskoordinator', unitId: 'unit-voldskoordinator' },
    sections: [
      {
        id: 'sec-background',
        kind: 'background',
        title: 'Bakgrunn',
        body: [
          {
            type: 'paragraph',
            runs: [
              { text: 'Vold i nære relasjoner rammer barn, unge, voksne og eldre i alle deler av kommunen.' },
            ],
          },
        ],
      },
    ],
    units: UNITS.map(([id, name, kind]) => ({ id, name, kind })),
    members: [
      {
        id: 'member-1',
        name: 'Kari Nordmann',
        role: 'Leder av arbeidsgruppen',
        unitId: 'unit-voldskoordinator',
      },
      { id: 'member-2', name: 'Ola Hansen', role: 'Barnevernleder', unitId: 'unit-barnevern' },
      { id: 'member-3', name: 'Aisha Rahimi', role: 'Daglig leder', unitId: 'unit-krisesenter' },
    ],
    focusAreas: AREAS.map(([id, title]) => ({ id, title })),
    measures: MEASURES.map((m, i) => ({
      id: measureId(i),
      focusAreaId: m.area,
      number: numberOf(i),
      title: m.title,
      description: `${m.title}. Tiltaket skal gi en varig endring i tjenestene.`,
      leadOwnerUnitId: m.owner,
      contactPerson: CONTACTS[i % CONTACTS.length],
      partnerUnitIds: m.partners,
      deadline: m.deadline,
      recurring: m.story === 'recurring',
      indicators: m.indicator
        ? [{ id: `ind-${i + 1}`, name: m.indicator, unit: '%', baseline: '20', target: '90' }]
        : [],
      ...(FUNDING[i] ? { resources: FUNDING[i] } : {}),
    })),
    wheelEvents: [
      {
        id: 'wheel-1',
        title: 'Statusrapport til hovedutvalget',
        ring: 'reporting',
        rule: { kind: 'fixed', month: 10, day: 1 },
        ownerUnitId: 'unit-voldskoordinator',
      },
      {
        id: 'wheel-2',
        title: 'Kampanje: Oransje dager mot vold',
        ring: 'campaign',
        rule: { kind: 'range', start: { month: 11, day: 25 }, end: { month: 12, day: 10 } },
        measureIds: [measureId(10)],
      },
    ],
    reportingScheme: { cycle: 'tertial', meetingBody: 'Hovedutvalg for helse og omsorg' },
    statusUpdates: [...reports(), ...(options.endOfPlan ? finalReports() : [])],
    createdAt: '2025-09-01T08:00:00.000Z',
    updatedAt: '2027-05-20T08:00:00.000Z',
  };
  return PlanSchema.parse(input);
}

/** The reporting periods with reports in the fixture, oldest first; `OPEN_PERIOD` has none yet. */
export const REPORTED_PERIODS = ['2026-T1', '2026-T2', '2026-T3', '2027-T1'] as const;
export const OPEN_PERIOD = '2027-T2';

export function measureId(index: number): string {
  return `measure-${String(index + 1).padStart(2, '0')}`;
}

const UNITS: Array<[string, string, 'municipal' | 'state' | 'voluntary' | 'rvts']> = [
  ['unit-voldskoordinator', 'Kommunal voldskoordinator', 'municipal'],
  ['unit-barnevern', 'Barneverntjenesten', 'municipal'],
  ['unit-helsestasjon', 'Helsestasjon og skolehelsetjeneste', 'municipal'],
  ['unit-nav', 'NAV Fjordvik', 'municipal'],
  ['unit-legevakt', 'Legevakten', 'municipal'],
  ['unit-krisesenter', 'Krisesenteret', 'municipal'],
  ['unit-psykisk-helse', 'Psykisk helse og rus', 'municipal'],
  ['unit-skole', 'Skolene', 'municipal'],
  ['unit-barnehage', 'Barnehagene', 'municipal'],
  ['unit-flyktning', 'Flyktningtjenesten', 'municipal'],
  ['unit-hjemmetjenester', 'Hjemmetjenester og sykehjem', 'municipal'],
  ['unit-slt', 'SLT-koordinator', 'municipal'],
  ['unit-politi', 'Politiet (politikontakten)', 'state'],
  ['unit-familievern', 'Familievernkontoret', 'state'],
  ['unit-frivillige', 'Frivilligsentralen', 'voluntary'],
  ['unit-rvts', 'RVTS Nord', 'rvts'],
];

const AREAS: Array<[string, string]> = [
  ['area-help', 'Hjelp og beskyttelse til voldsutsatte'],
  ['area-prevention', 'Forebygging, også tilbud til dem som utøver vold'],
  ['area-detection', 'Avdekking og synliggjøring'],
  ['area-cooperation', 'Samarbeid og samordning'],
  ['area-competence', 'Kompetanse i tjenestene'],
];

/**
 * How some measures are paid for: TryggEst (1.3) on a grant that ends 31 December 2027, BTI (4.7) on a grant
 * ending mid-2028 with its decision already made, two measures earmarked or within budget, one not settled.
 */
const FUNDING: Record<number, MeasureInput['resources']> = {
  1: { funding: 'not-settled', note: 'Boligtilskudd må avklares med NAV' },
  2: {
    funding: 'grant',
    note: '',
    grant: {
      scheme: 'tryggest',
      schemeName: '',
      amountPerYearNok: 350000,
      from: '2026-01-01',
      to: '2027-12-31',
      nextApplicationDeadline: '2027-03-01',
    },
  },
  10: { funding: 'within-budget', note: 'Dekkes av kommunikasjonsbudsjettet' },
  29: { funding: 'earmarked', amountNok: 150000, note: 'Avsatt i økonomiplanen' },
  35: {
    funding: 'grant',
    note: '',
    grant: {
      scheme: 'bti',
      schemeName: '',
      amountPerYearNok: 900000,
      from: '2026-08-01',
      to: '2028-07-31',
      decision: { outcome: 'ordinary-operation', date: '2027-12-14', note: 'Budsjettvedtak 2028' },
    },
  },
};

const CONTACTS = ['Kari Nordmann', 'Ola Hansen', 'Ingrid Berg', 'Jonas Lie', 'Aisha Rahimi', 'Per Olsen'];

/**
 * How a measure's reports go over the four reported tertials. `late`: delayed with reasons, asks for a
 * decision; `done-late`: completed after its deadline; `missing-latest`: no report in 2027-T1; `never`: no
 * report at all; `copied`: the same narrative two tertials running.
 */
type Story =
  | 'steady'
  | 'done'
  | 'late'
  | 'done-late'
  | 'recurring'
  | 'stopped'
  | 'changed'
  | 'at-risk'
  | 'copied'
  | 'missing-latest'
  | 'never';

interface MeasureSpec {
  area: string;
  title: string;
  owner: string;
  partners: string[];
  deadline: string;
  story: Story;
  indicator?: string;
}

const m = (
  area: string,
  title: string,
  owner: string,
  partners: string[],
  deadline: string,
  story: Story,
  indicator?: string,
): MeasureSpec => ({ area, title, owner, partners, deadline, story, ...(indicator ? { indicator } : {}) });

const MEASURES: MeasureSpec[] = [
  // 1 Hjelp og beskyttelse
  m(
    'area-help',
    'Etablere fast oppfølging etter krisesenteropphold',
    'unit-krisesenter',
    ['unit-nav'],
    '2026-12-31',
    'done',
  ),
  m(
    'area-help',
    'Tilby bolig raskt til voldsutsatte som ikke kan flytte hjem',
    'unit-nav',
    ['unit-krisesenter'],
    '2027-03-31',
    'late',
  ),
  m(
    'area-help',
    'Innføre TryggEst for risikoutsatte voksne',
    'unit-hjemmetjenester',
    ['unit-politi'],
    '2027-06-30',
    'late',
  ),
  m(
    'area-help',
    'Gjøre krisesenteret tilgjengelig for personer med funksjonsnedsettelse',
    'unit-krisesenter',
    [],
    '2027-12-31',
    'steady',
  ),
  m(
    'area-help',
    'Tilby samtaler til barn som har opplevd vold i hjemmet',
    'unit-barnevern',
    ['unit-familievern'],
    '2026-10-31',
    'done-late',
  ),
  m(
    'area-help',
    'Sikre tolk i alle samtaler om vold',
    'unit-flyktning',
    ['unit-legevakt'],
    '2028-06-30',
    'steady',
  ),
  m(
    'area-help',
    'Lage rutine for legevaktens møte med voldsutsatte',
    'unit-legevakt',
    ['unit-psykisk-helse'],
    '2026-11-30',
    'done',
  ),
  m(
    'area-help',
    'Tilbud til menn utsatt for vold',
    'unit-krisesenter',
    ['unit-familievern'],
    '2028-12-31',
    'at-risk',
  ),
  m(
    'area-help',
    'Individuell plan for alle med langvarig behov etter vold',
    'unit-psykisk-helse',
    ['unit-nav'],
    '2028-12-31',
    'missing-latest',
  ),
  // 2 Forebygging
  m(
    'area-prevention',
    'Undervisning om vold og grenser i alle ungdomsskoler',
    'unit-skole',
    ['unit-helsestasjon'],
    '2029-06-30',
    'recurring',
    'Andel ungdomsskoleklasser som har hatt undervisningen',
  ),
  m(
    'area-prevention',
    'Oransje dager: årlig kampanje mot vold',
    'unit-voldskoordinator',
    ['unit-frivillige'],
    '2029-12-31',
    'recurring',
  ),
  m(
    'area-prevention',
    'Tilbud om sinnemestring (Brøset-modellen)',
    'unit-psykisk-helse',
    ['unit-familievern'],
    '2027-06-30',
    'late',
  ),
  m(
    'area-prevention',
    'ICDP-foreldreveiledning på helsestasjonen',
    'unit-helsestasjon',
    [],
    '2027-12-31',
    'copied',
  ),
  m(
    'area-prevention',
    'Henvise til Alternativ til Vold (ATV)',
    'unit-familievern',
    ['unit-barnevern'],
    '2026-12-31',
    'done',
  ),
  m(
    'area-prevention',
    'Samtalegrupper om negativ sosial kontroll',
    'unit-flyktning',
    ['unit-frivillige'],
    '2028-06-30',
    'changed',
  ),
  m(
    'area-prevention',
    'Kjærestevold: kampanje for videregående',
    'unit-slt',
    ['unit-skole'],
    '2027-12-31',
    'steady',
  ),
  m(
    'area-prevention',
    'Forebygge vold mot eldre i hjemmetjenesten',
    'unit-hjemmetjenester',
    [],
    '2028-12-31',
    'never',
  ),
  m(
    'area-prevention',
    'Foreldremøter om digital vold',
    'unit-barnehage',
    ['unit-skole'],
    '2027-06-30',
    'stopped',
  ),
  m(
    'area-prevention',
    'Tilbud til unge som utøver vold',
    'unit-slt',
    ['unit-politi'],
    '2028-12-31',
    'at-risk',
  ),
  // 3 Avdekking og synliggjøring
  m(
    'area-detection',
    'Spørre rutinemessig om vold på helsestasjonen',
    'unit-helsestasjon',
    [],
    '2026-12-31',
    'done',
  ),
  m(
    'area-detection',
    'Spørre om vold i NAVs kartleggingssamtaler',
    'unit-nav',
    [],
    '2027-09-30',
    'steady',
    'Andel veiledere som spør om vold',
  ),
  m(
    'area-detection',
    'Handlingsveileder for barnehagene ved mistanke om vold',
    'unit-barnehage',
    ['unit-barnevern'],
    '2027-03-31',
    'done-late',
  ),
  m(
    'area-detection',
    'Handlingsveileder for skolene ved mistanke om vold',
    'unit-skole',
    ['unit-barnevern'],
    '2027-06-30',
    'steady',
  ),
  m(
    'area-detection',
    'Informasjon om hjelp på kommunens nettsider på flere språk',
    'unit-voldskoordinator',
    ['unit-flyktning'],
    '2026-09-30',
    'done',
  ),
  m(
    'area-detection',
    'Avdekke vold mot personer med utviklingshemming',
    'unit-hjemmetjenester',
    [],
    '2028-06-30',
    'never',
  ),
  m(
    'area-detection',
    'Fastlegene spør om vold ved depresjon og rus',
    'unit-psykisk-helse',
    [],
    '2028-12-31',
    'steady',
  ),
  m(
    'area-detection',
    'Tannhelsetjenesten melder bekymring',
    'unit-helsestasjon',
    ['unit-barnevern'],
    '2027-12-31',
    'steady',
  ),
  m(
    'area-detection',
    'Statistikk over saker med vold i nære relasjoner',
    'unit-voldskoordinator',
    ['unit-politi'],
    '2027-12-31',
    'at-risk',
  ),
  m(
    'area-detection',
    'Kartlegge omfang av vold blant eldre',
    'unit-hjemmetjenester',
    ['unit-rvts'],
    '2028-12-31',
    'missing-latest',
  ),
  // 4 Samarbeid og samordning
  m(
    'area-cooperation',
    'Etablere konsultasjonsteam om vold',
    'unit-voldskoordinator',
    ['unit-barnevern', 'unit-politi'],
    '2026-12-31',
    'done',
  ),
  m(
    'area-cooperation',
    'Samarbeidsavtale med politiet (politirådet)',
    'unit-voldskoordinator',
    ['unit-politi'],
    '2027-03-31',
    'late',
  ),
  m(
    'area-cooperation',
    'Samarbeidsavtale med Statens barnehus',
    'unit-barnevern',
    [],
    '2027-06-30',
    'steady',
  ),
  m(
    'area-cooperation',
    'Felles rutine for barnevern og krisesenter',
    'unit-barnevern',
    ['unit-krisesenter'],
    '2026-12-31',
    'done',
  ),
  m(
    'area-cooperation',
    'Koordinator for barn i familier med vold',
    'unit-barnevern',
    ['unit-helsestasjon'],
    '2028-06-30',
    'at-risk',
  ),
  m(
    'area-cooperation',
    'Frivillige organisasjoner inn i arbeidsgruppen',
    'unit-voldskoordinator',
    ['unit-frivillige'],
    '2026-06-30',
    'done',
  ),
  m(
    'area-cooperation',
    'BTI-modellen for tidlig innsats',
    'unit-helsestasjon',
    ['unit-barnehage', 'unit-skole'],
    '2028-12-31',
    'late',
  ),
  m(
    'area-cooperation',
    'SARA-kartlegging i samarbeid med politiet',
    'unit-politi',
    ['unit-krisesenter'],
    '2027-12-31',
    'steady',
  ),
  m(
    'area-cooperation',
    'Planen i kommunens økonomiplan og årsmelding',
    'unit-voldskoordinator',
    [],
    '2026-10-31',
    'done',
  ),
  m(
    'area-cooperation',
    'Interkommunalt krisesentersamarbeid: ny avtale',
    'unit-krisesenter',
    [],
    '2027-12-31',
    'steady',
  ),
  // 5 Kompetanse
  m(
    'area-competence',
    'E-læring om vold for alle ansatte',
    'unit-voldskoordinator',
    ['unit-rvts'],
    '2027-06-30',
    'at-risk',
    'Andel ansatte som har fullført e-læringen',
  ),
  m(
    'area-competence',
    'Opplæring i samtaler med barn (Snakke med barn)',
    'unit-barnevern',
    ['unit-rvts'],
    '2027-12-31',
    'steady',
  ),
  m(
    'area-competence',
    'Traumebevisst praksis i barnehagene',
    'unit-barnehage',
    ['unit-rvts'],
    '2028-06-30',
    'copied',
  ),
  m(
    'area-competence',
    'Kurs om æresrelatert vold og tvangsekteskap',
    'unit-flyktning',
    [],
    '2027-06-30',
    'steady',
  ),
  m(
    'area-competence',
    'Årlig fagdag om vold i nære relasjoner',
    'unit-voldskoordinator',
    ['unit-rvts'],
    '2029-12-31',
    'recurring',
  ),
  m(
    'area-competence',
    'Veiledning av ansatte i hjemmetjenesten',
    'unit-hjemmetjenester',
    ['unit-rvts'],
    '2028-12-31',
    'late',
  ),
];

function numberOf(index: number): string {
  const spec = MEASURES[index] as MeasureSpec;
  const area = AREAS.findIndex(([id]) => id === spec.area);
  const position = MEASURES.slice(0, index + 1).filter((x) => x.area === spec.area).length;
  return `${area + 1}.${position}`;
}

interface Line {
  status: MeasureStatus;
  narrative: string;
  nextStep?: string;
  reason?: string;
  risk?: 'low' | 'medium' | 'high';
  decision?: string;
  indicator?: string;
}

const PERIOD_END: Record<string, string> = {
  '2026-T1': '2026-04-30',
  '2026-T2': '2026-08-31',
  '2026-T3': '2026-12-31',
  '2027-T1': '2027-04-30',
  '2029-T3': '2029-12-31',
};

/** What each story reports in each of the four tertials; null = no report that tertial. */
function storyLines(story: Story, title: string): Array<Line | null> {
  const going: Line = {
    status: 'on-track',
    narrative: `Arbeidet med «${title.toLowerCase()}» går etter planen.`,
  };
  switch (story) {
    case 'steady':
      return [
        { status: 'not-started', narrative: 'Oppstart er planlagt etter sommeren.' },
        {
          status: 'on-track',
          narrative: 'Arbeidsgruppe er satt ned og har hatt første møte.',
          nextStep: 'Utkast til opplegg.',
        },
        {
          status: 'on-track',
          narrative: 'Utkast er sendt på innspill til tjenestene.',
          nextStep: 'Behandle innspillene.',
        },
        {
          status: 'on-track',
          narrative: 'Innspillene er innarbeidet, og opplegget prøves ut i én tjeneste.',
          nextStep: 'Evaluere utprøvingen.',
        },
      ];
    case 'done':
      return [
        going,
        { status: 'on-track', narrative: 'Rutinen er skrevet og sendt til godkjenning.' },
        { status: 'done', narrative: 'Rutinen er vedtatt og tatt i bruk.' },
        null,
      ];
    case 'late':
      return [
        going,
        { status: 'at-risk', narrative: 'Det er krevende å få på plass nok ressurser.', risk: 'medium' },
        {
          status: 'delayed',
          narrative: 'Tiltaket er forsinket.',
          reason: 'Tilskuddet som skulle finansiere tiltaket, ble redusert, og stillingen står ubesatt.',
          risk: 'high',
          nextStep: 'Søke nytt tilskudd og ta saken til kommunedirektøren.',
        },
        {
          status: 'delayed',
          narrative: 'Stillingen er fortsatt ubesatt, og arbeidet står nesten stille.',
          reason: 'Mangler finansiering av stilling etter at tilskuddet ble redusert.',
          risk: 'high',
          decision: 'Trenger vedtak om ordinær finansiering av stillingen fra 2028.',
          nextStep: 'Sak til hovedutvalget i juni.',
        },
      ];
    case 'done-late':
      return [
        going,
        { status: 'delayed', narrative: 'Oppstarten ble utsatt.', reason: 'Sykefravær i tjenesten.' },
        {
          status: 'delayed',
          narrative: 'Arbeidet er i gang igjen.',
          reason: 'Sykefravær i tjenesten i høst.',
        },
        { status: 'done', narrative: 'Tiltaket er gjennomført, fire måneder etter fristen.' },
      ];
    case 'recurring':
      return [0, 1, 2, 3].map((i) => ({
        status: 'ongoing-operation',
        narrative: `Gjennomført som fast aktivitet (${['vår', 'sommer', 'høst', 'vinter'][i]}).`,
        indicator: String(40 + i * 10),
      }));
    case 'stopped':
      return [
        going,
        { status: 'at-risk', narrative: 'Få foreldre møter opp.' },
        {
          status: 'stopped',
          narrative: 'Tiltaket avsluttes.',
          reason: 'Erstattes av nasjonal digital foreldreveiledning som barnehagene tar i bruk.',
        },
        null,
      ];
    case 'changed':
      return [
        going,
        {
          status: 'changed',
          narrative: 'Gruppene organiseres nå sammen med frivilligsentralen.',
          reason: 'Brukerne ønsket et lavterskeltilbud utenfor kommunens lokaler.',
        },
        { status: 'on-track', narrative: 'To grupper er i gang.' },
        { status: 'on-track', narrative: 'Tre grupper er i gang, og en ny starter til høsten.' },
      ];
    case 'at-risk':
      return [
        going,
        { status: 'on-track', narrative: 'Planlegging pågår.' },
        {
          status: 'at-risk',
          narrative: 'Framdriften er usikker fordi nøkkelpersoner har sluttet.',
          risk: 'medium',
        },
        {
          status: 'at-risk',
          narrative: 'Vi regner med å bli ferdig i desember, men det er fortsatt usikkert.',
          nextStep: 'Ny rutine skal være klar innen 1. mars.',
          risk: 'medium',
          indicator: '35',
        },
      ];
    case 'copied':
      return [
        going,
        { status: 'on-track', narrative: 'Veiledningen er startet opp i to grupper.' },
        { status: 'on-track', narrative: 'Veiledningen går som planlagt i to grupper.' },
        { status: 'on-track', narrative: 'Veiledningen går som planlagt i to grupper.' },
      ];
    case 'missing-latest':
      return [
        going,
        { status: 'on-track', narrative: 'Arbeidet er i gang.' },
        { status: 'on-track', narrative: 'Kartleggingen er halvveis.' },
        null,
      ];
    case 'never':
      return [null, null, null, null];
  }
}

function reports(): StatusUpdateInput[] {
  const result: StatusUpdateInput[] = [];
  MEASURES.forEach((spec, index) => {
    storyLines(spec.story, spec.title).forEach((line, p) => {
      const periodId = REPORTED_PERIODS[p] as string;
      if (line) result.push(toUpdate(index, periodId, line, spec));
    });
  });
  // One correction: 4.2 was first reported on track in 2026-T2, then corrected.
  const corrected = result.find((u) => u.measureId === measureId(30) && u.periodId === '2026-T2');
  if (corrected) {
    const original = {
      ...corrected,
      id: `${corrected.id}-original`,
      status: 'on-track' as const,
      narrative: 'Avtalen er nesten klar.',
    };
    result.splice(result.indexOf(corrected), 0, original);
    corrected.corrects = original.id;
    corrected.reportedAt = '2026-09-20T12:00:00.000Z';
  }
  return result;
}

function toUpdate(index: number, periodId: string, line: Line, spec: MeasureSpec): StatusUpdateInput {
  const end = PERIOD_END[periodId] as string;
  return {
    id: `status-${measureId(index)}-${periodId}`,
    measureId: measureId(index),
    periodId,
    status: line.status,
    asOf: end,
    narrative: line.narrative,
    nextStep: line.nextStep ?? '',
    reason: line.reason ?? '',
    ...(line.risk ? { risk: line.risk } : {}),
    decisionNeeded: line.decision ? { needed: true, text: line.decision } : { needed: false, text: '' },
    indicatorValues:
      line.indicator && spec.indicator ? [{ indicatorId: `ind-${index + 1}`, value: line.indicator }] : [],
    reportedBy: CONTACTS[index % CONTACTS.length] as string,
    reportedAt: `${format(addDays(parseISO(end), 10), 'yyyy-MM-dd')}T10:00:00.000Z`,
  };
}

/** The last tertial: everything finished is left alone; the rest is continued in a new plan or stopped. */
function finalReports(): StatusUpdateInput[] {
  const finished: Story[] = ['done', 'stopped', 'done-late'];
  return MEASURES.flatMap((spec, index) => {
    if (finished.includes(spec.story)) return [];
    const line: Line =
      spec.story === 'never'
        ? {
            status: 'stopped',
            narrative: 'Ikke startet i planperioden.',
            reason: 'Ikke prioritert innenfor budsjettet.',
          }
        : index % 3 === 0
          ? { status: 'done', narrative: 'Gjennomført i planperioden.' }
          : {
              status: 'continued',
              narrative: 'Videreføres i neste plan.',
              nextStep: 'Tas inn i ny handlingsplan.',
            };
    return [toUpdate(index, '2029-T3', line, spec)];
  });
}
