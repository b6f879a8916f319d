import { type Plan, type PlanInput, Plan as PlanSchema } from '../../core/schema/plan';
import type { MeasureStatus, StatusUpdateInput } from '../../core/schema/status';

/**
 * A realistic adopted plan for tests and screenshots: Fjordvik and Nesøy, 2026–2029, five focus areas with
 * five measures each, a working group, goals with indicators, legal references, and status reports for the
 * three tertials of 2026 (the last one with delays, decisions and a stopped measure). Fixed ids and dates,
 * so every run builds the same plan.
 */

const units = [
  ['u-koord', 'Kommunal voldskoordinator', 'municipal'],
  ['u-bv', 'Barneverntjenesten', 'municipal'],
  ['u-hs', 'Helsestasjon og skolehelsetjeneste', 'municipal'],
  ['u-nav', 'NAV Fjordvik', 'municipal'],
  ['u-lv', 'Legevakten', 'municipal'],
  ['u-ks', 'Krisesenteret i Fjordregionen', 'municipal'],
  ['u-phr', 'Psykisk helse og rus', 'municipal'],
  ['u-skole', 'Skolene', 'municipal'],
  ['u-bhg', 'Barnehagene', 'municipal'],
  ['u-flykt', 'Flyktningtjenesten', 'municipal'],
  ['u-hjem', 'Hjemmetjenester og sykehjem', 'municipal'],
  ['u-komm', 'Kommunikasjon', 'municipal'],
  ['u-pers', 'Personal og organisasjon', 'municipal'],
  ['u-slt', 'SLT-koordinator', 'municipal'],
  ['u-politi', 'Politiet (politikontakten)', 'state'],
  ['u-famv', 'Familievernkontoret', 'state'],
  ['u-barnehus', 'Statens barnehus', 'state'],
  ['u-atv', 'Alternativ til Vold (ATV)', 'other'],
  ['u-rvts', 'RVTS Nord', 'rvts'],
  ['u-frivillig', 'Fjordvik frivilligsentral', 'voluntary'],
] as const;

type UnitId = (typeof units)[number][0];

interface MeasureRow {
  title: string;
  description: string;
  owner: UnitId;
  partners: UnitId[];
  deadline?: string;
  start?: string;
  period?: [number, number];
  recurring?: boolean;
  targetGroups?: string[];
  violenceForms?: string[];
  legalBasis?: string[];
  indicator?: { name: string; unit: string; baseline: string; target: string; source: string };
}

const areas: {
  title: string;
  background: string;
  challenges: string;
  goal: string;
  measures: MeasureRow[];
}[] = [
  {
    title: 'Kunnskap og kompetanse',
    background:
      'Ansatte som møter barn, unge og voksne i hverdagen, er ofte de første som kan se tegn på vold. Kartleggingen arbeidsgruppen gjorde høsten 2025, viste at mange ansatte er usikre på hva de skal gjøre når de er bekymret.\n\nKompetansen varierer mye mellom tjenestene. Barnevernet og helsestasjonen har god kunnskap, mens skolene, hjemmetjenesten og NAV ønsker mer opplæring.',
    challenges:
      '- Få ansatte har fått opplæring i å snakke med barn om vold\n- Nyansatte får ikke systematisk opplæring\n- Kunnskapen forsvinner når erfarne ansatte slutter',
    goal: 'Alle ansatte som møter barn, unge og voksne i sitt arbeid, vet hva vold i nære relasjoner er, hvordan de oppdager den og hva de skal gjøre.',
    measures: [
      {
        title: 'Gi alle nyansatte e-læring om vold i nære relasjoner',
        description:
          'Alle nyansatte i helse, oppvekst og NAV tar e-læringskurset «Vold i nære relasjoner» fra RVTS i løpet av de første tre månedene. Lederne følger opp at kurset er gjennomført.',
        owner: 'u-pers',
        partners: ['u-rvts', 'u-koord'],
        period: [2026, 2029],
        recurring: true,
        targetGroups: ['adults', 'children-exposed'],
        violenceForms: ['physical', 'psychological', 'sexual'],
        legalBasis: ['helse-omsorgstjenesteloven-3-3a'],
        indicator: {
          name: 'Andel nyansatte som har tatt kurset',
          unit: 'prosent',
          baseline: '20',
          target: '90',
          source: 'Kompetansesystemet',
        },
      },
      {
        title: 'Opplæring i «Snakke med barn»',
        description:
          'Ansatte i barnehager, skoler og helsestasjon får opplæring i samtaleverktøyet snakkemedbarn.no, med oppfølging i personalgruppene.',
        owner: 'u-hs',
        partners: ['u-bhg', 'u-skole', 'u-rvts'],
        start: '2026-08-15',
        deadline: '2027-06-30',
        targetGroups: ['children-exposed'],
        violenceForms: ['physical', 'psychological', 'neglect'],
        legalBasis: ['opplysningsplikt-barnevern'],
      },
      {
        title: 'Kurs i vold og overgrep for legevakten',
        description:
          'Alle leger og annet helsepersonell i legevakten har gjennomført kurs i vold og overgrep, slik akuttmedisinforskriften krever.',
        owner: 'u-lv',
        partners: ['u-rvts'],
        deadline: '2026-12-31',
        violenceForms: ['physical', 'sexual'],
        legalBasis: ['akuttmedisinforskriften'],
      },
      {
        title: 'Fagdag om vold mot eldre',
        description:
          'Hjemmetjenesten og sykehjemmene arrangerer en årlig fagdag om vold og overgrep mot eldre, med vekt på økonomisk vold og omsorgssvikt.',
        owner: 'u-hjem',
        partners: ['u-politi', 'u-koord'],
        period: [2026, 2029],
        recurring: true,
        targetGroups: ['older-people'],
        violenceForms: ['economic', 'neglect', 'psychological'],
      },
      {
        title: 'Kompetanse om negativ sosial kontroll og æresrelatert vold',
        description:
          'Flyktningtjenesten, skolene og NAV får opplæring fra kompetanseteamet mot negativ sosial kontroll og æresrelatert vold.',
        owner: 'u-flykt',
        partners: ['u-skole', 'u-nav'],
        deadline: '2027-03-31',
        targetGroups: ['minorities', 'young-people'],
        violenceForms: ['negative-social-control', 'honour-related', 'forced-marriage'],
        legalBasis: ['istanbulkonvensjonen'],
      },
    ],
  },
  {
    title: 'Forebygging',
    background:
      'Vold kan forebygges. Tiltak som styrker foreldre, lærer barn om kropp og grenser og gir ungdom kunnskap om sunne kjæresteforhold, virker før volden skjer.',
    challenges:
      'Forebyggende arbeid får lite plass når tjenestene har mye å gjøre. Tilbudene når ikke alltid familiene som trenger dem mest.',
    goal: 'Færre barn og voksne i Fjordvik og Nesøy blir utsatt for vold i nære relasjoner.',
    measures: [
      {
        title: 'Foreldreveiledning etter ICDP i alle barnehager',
        description:
          'Alle barnehagene tilbyr foreldregrupper etter ICDP-programmet minst en gang i året. Helsestasjonen har ansvar for veilederne.',
        owner: 'u-bhg',
        partners: ['u-hs'],
        period: [2026, 2029],
        recurring: true,
        targetGroups: ['children-exposed', 'adults'],
        violenceForms: ['physical', 'psychological'],
        legalBasis: ['barnevernsloven-forebygging'],
      },
      {
        title: 'Undervisning om kropp, grenser og vold på alle trinn',
        description:
          'Skolene bruker undervisningsopplegget «Jeg vet» fra første til tiende trinn, slik at alle elever lærer om kropp, grenser og hvor de kan få hjelp.',
        owner: 'u-skole',
        partners: ['u-hs'],
        start: '2026-08-15',
        deadline: '2027-06-20',
        targetGroups: ['children-exposed', 'young-people'],
        violenceForms: ['physical', 'sexual', 'psychological'],
      },
      {
        title: 'Kampanje om vold i ungdoms kjæresteforhold',
        description:
          'SLT-koordinatoren lager sammen med ungdomsrådet en kampanje i sosiale medier om vold og kontroll i kjæresteforhold.',
        owner: 'u-slt',
        partners: ['u-komm', 'u-frivillig'],
        deadline: '2026-11-30',
        targetGroups: ['young-people'],
        violenceForms: ['digital', 'psychological', 'sexual'],
      },
      {
        title: 'Tilbud til personer som utøver vold',
        description:
          'Kommunen inngår avtale med Alternativ til Vold om behandlingstilbud til voksne som utøver vold, og gjør tilbudet kjent i tjenestene.',
        owner: 'u-phr',
        partners: ['u-atv', 'u-famv'],
        deadline: '2026-10-31',
        targetGroups: ['perpetrators'],
        violenceForms: ['physical', 'psychological'],
      },
      {
        title: 'Informasjon om hjelp på kommunens nettsted',
        description:
          'Kommunens nettsted får en egen side om vold i nære relasjoner med hjelpetilbud, telefonnumre og informasjon på flere språk.',
        owner: 'u-komm',
        partners: ['u-koord', 'u-ks'],
        deadline: '2026-06-30',
        targetGroups: ['adults', 'minorities'],
        legalBasis: ['kommuneloven-informasjon'],
      },
    ],
  },
  {
    title: 'Tidlig avdekking',
    background:
      'Jo tidligere volden blir oppdaget, jo bedre kan barn og voksne bli hjulpet. Rutinemessige spørsmål om vold gjør det lettere å fortelle.',
    challenges:
      'Tjenestene spør ikke systematisk om vold. Mange ansatte vet ikke hvem de skal kontakte når de er bekymret.',
    goal: 'Vold blir oppdaget tidlig, og de som er utsatt, får hjelp raskt.',
    measures: [
      {
        title: 'Rutinemessige spørsmål om vold på helsestasjonen',
        description:
          'Helsestasjonen spør alle gravide og foreldre om vold i svangerskapsomsorgen og ved konsultasjonene etter fødsel.',
        owner: 'u-hs',
        partners: [],
        deadline: '2026-09-30',
        targetGroups: ['pregnant', 'children-exposed'],
        violenceForms: ['physical', 'psychological', 'sexual'],
        legalBasis: ['helse-omsorgstjenesteloven-3-3a'],
        indicator: {
          name: 'Andel gravide som er spurt om vold',
          unit: 'prosent',
          baseline: '35',
          target: '95',
          source: 'Journalsystemet',
        },
      },
      {
        title: 'Handlingsveileder ved bekymring for vold',
        description:
          'En felles handlingsveileder («tiltakskort») viser ansatte steg for steg hva de skal gjøre ved bekymring, med kontaktpunkter i hver tjeneste.',
        owner: 'u-koord',
        partners: ['u-bv', 'u-hs', 'u-nav', 'u-politi'],
        deadline: '2026-06-30',
        legalBasis: ['opplysningsplikt-barnevern', 'straffeloven-196'],
      },
      {
        title: 'Etablere TryggEst for risikoutsatte voksne',
        description:
          'Kommunen tar i bruk TryggEst-modellen for voksne som ikke selv kan ivareta egne interesser, med et eget vernetiltaksteam.',
        owner: 'u-hjem',
        partners: ['u-politi', 'u-phr', 'u-koord'],
        start: '2026-09-01',
        deadline: '2027-06-30',
        targetGroups: ['disabilities', 'older-people', 'substance-mental-health'],
        violenceForms: ['economic', 'physical', 'neglect'],
      },
      {
        title: 'Kartlegging av vold i NAVs oppfølging',
        description:
          'NAV spør om vold i samtaler med brukere som søker økonomisk sosialhjelp eller bolig, og har rutiner for videre oppfølging.',
        owner: 'u-nav',
        partners: ['u-ks'],
        deadline: '2026-12-31',
        violenceForms: ['economic', 'physical'],
        legalBasis: ['nav-loven-1'],
      },
      {
        title: 'Samtaler med barn ved utrykning',
        description:
          'Politiet og barnevernvakten har en felles rutine for å snakke med barn som er til stede når politiet rykker ut til husstander med vold.',
        owner: 'u-bv',
        partners: ['u-politi'],
        deadline: '2027-03-31',
        targetGroups: ['children-exposed'],
        legalBasis: ['tilrettelagte-avhor'],
      },
    ],
  },
  {
    title: 'Hjelp, beskyttelse og oppfølging',
    background:
      'Krisesenteret i Fjordregionen gir et tilbud til kvinner, menn og barn fra fem kommuner. Etter et krisesenteropphold trenger mange hjelp med bolig, økonomi og skole.',
    challenges:
      'Overgangen fra krisesenteret til egen bolig er sårbar. Tjenestene samordner ikke alltid hjelpen, og noen faller mellom to stoler.',
    goal: 'Alle som er utsatt for vold, får koordinert og trygg hjelp, også etter et krisesenteropphold.',
    measures: [
      {
        title: 'Rutine for oppfølging etter krisesenteropphold',
        description:
          'Krisesenteret, NAV og boligtjenesten lager en skriftlig rutine for reetableringsfasen, med en fast kontaktperson i kommunen.',
        owner: 'u-ks',
        partners: ['u-nav', 'u-flykt'],
        deadline: '2026-09-30',
        targetGroups: ['adults', 'children-exposed'],
        legalBasis: ['krisesenterloven-2', 'krisesenterloven-4'],
      },
      {
        title: 'Individuell plan for voldsutsatte med sammensatte behov',
        description:
          'Voldsutsatte som trenger langvarige og koordinerte tjenester, får tilbud om individuell plan og koordinator.',
        owner: 'u-phr',
        partners: ['u-nav', 'u-bv'],
        period: [2026, 2027],
        legalBasis: ['individuell-plan', 'krisesenterloven-8'],
      },
      {
        title: 'Oppfølging av barn som har vært på krisesenter',
        description:
          'Barn som har bodd på krisesenteret, får oppfølging fra helsestasjon og skolehelsetjeneste og en samtale med barnevernet.',
        owner: 'u-bv',
        partners: ['u-hs', 'u-ks', 'u-skole'],
        deadline: '2026-12-31',
        targetGroups: ['children-exposed'],
      },
      {
        title: 'Bolig for voldsutsatte i akutt situasjon',
        description:
          'Kommunen har to leiligheter som kan brukes når voldsutsatte ikke kan bo hjemme og krisesenteret ikke passer.',
        owner: 'u-nav',
        partners: ['u-ks'],
        deadline: '2027-06-30',
        targetGroups: ['adults'],
      },
      {
        title: 'Tolk i alle samtaler om vold',
        description:
          'Tjenestene bruker kvalifisert tolk i samtaler om vold med personer som ikke snakker norsk godt, og aldri familiemedlemmer.',
        owner: 'u-flykt',
        partners: ['u-ks', 'u-nav', 'u-bv'],
        period: [2026, 2029],
        recurring: true,
        targetGroups: ['minorities'],
        legalBasis: ['krisesenterloven-3', 'mishandlingsbestemmelsen'],
      },
    ],
  },
  {
    title: 'Samarbeid og samordning',
    background:
      'Vold i nære relasjoner krever at mange tjenester arbeider sammen. Et fast samarbeidsforum og et konsultasjonsteam gjør det lettere å få råd i enkeltsaker.',
    challenges:
      'Ansvaret for samarbeidet har vært personavhengig. Samarbeidsavtalen med krisesenteret er ikke oppdatert siden 2018.',
    goal: 'Tjenestene samarbeider fast og forpliktende, og planen følges opp i kommunens styringssystem.',
    measures: [
      {
        title: 'Etablere konsultasjonsteam om vold',
        description:
          'Et tverrfaglig konsultasjonsteam gir ansatte anonym veiledning i saker der de er bekymret for vold. Teamet møtes hver måned.',
        owner: 'u-koord',
        partners: ['u-bv', 'u-politi', 'u-famv', 'u-phr'],
        deadline: '2026-10-31',
        legalBasis: ['krisesenterloven-4'],
        indicator: {
          name: 'Saker drøftet i konsultasjonsteamet per år',
          unit: 'saker',
          baseline: '0',
          target: '24',
          source: 'Teamets logg',
        },
      },
      {
        title: 'Ny samarbeidsavtale med krisesenteret',
        description:
          'Vertskommunen og de fire samarbeidskommunene reforhandler samarbeidsavtalen med krisesenteret, med ansvar for oppfølging etter opphold.',
        owner: 'u-koord',
        partners: ['u-ks'],
        deadline: '2026-06-30',
        legalBasis: ['krisesenterloven-1', 'kommuneloven-25-1'],
      },
      {
        title: 'Samarbeidsforum mot vold med politiet',
        description:
          'Kommunen og politiet møtes hvert kvartal i et samarbeidsforum der de går gjennom rutiner, statistikk og saker på systemnivå.',
        owner: 'u-slt',
        partners: ['u-politi', 'u-koord'],
        period: [2026, 2029],
        recurring: true,
      },
      {
        title: 'Plan og status i kommunens årshjul',
        description:
          'Handlingsplanen får faste punkter i kommunens årshjul, og status rapporteres i tertialrapportene og årsmeldingen.',
        owner: 'u-koord',
        partners: ['u-komm'],
        deadline: '2026-04-30',
        legalBasis: ['kommuneloven-25-1'],
      },
      {
        title: 'Felles fagnettverk med nabokommunene',
        description:
          'Fjordvik og Nesøy etablerer et fagnettverk for voldskoordinatorer og fagfolk i regionen, med to samlinger i året.',
        owner: 'u-koord',
        partners: ['u-rvts', 'u-ks'],
        period: [2026, 2029],
        recurring: true,
      },
    ],
  },
];

const measureId = (area: number, index: number) => `m-${area + 1}-${index + 1}`;

/** Status of each measure (by «area.index») in each tertial of 2026; missing means not reported. */
const STATUS_PLAN: Record<string, [MeasureStatus | null, MeasureStatus | null, MeasureStatus | null]> = {
  '1.1': ['on-track', 'on-track', 'ongoing-operation'],
  '1.2': ['not-started', 'on-track', 'at-risk'],
  '1.3': ['on-track', 'on-track', 'done'],
  '1.4': ['not-started', 'on-track', 'ongoing-operation'],
  '1.5': ['not-started', 'not-started', 'delayed'],
  '2.1': ['on-track', 'on-track', 'ongoing-operation'],
  '2.2': ['not-started', 'on-track', 'on-track'],
  '2.3': ['on-track', 'on-track', 'done-late'],
  '2.4': ['on-track', 'at-risk', 'delayed'],
  '2.5': ['on-track', 'done', null],
  '3.1': ['on-track', 'on-track', 'done'],
  '3.2': ['on-track', 'done-late', null],
  '3.3': ['not-started', 'not-started', 'on-track'],
  '3.4': ['on-track', 'at-risk', null],
  '3.5': ['not-started', 'on-track', 'on-track'],
  '4.1': ['on-track', 'on-track', 'done'],
  '4.2': ['on-track', 'on-track', 'on-track'],
  '4.3': ['not-started', 'on-track', 'at-risk'],
  '4.4': ['not-started', 'not-started', 'stopped'],
  '4.5': ['on-track', 'on-track', 'ongoing-operation'],
  '5.1': ['on-track', 'on-track', 'done'],
  '5.2': ['on-track', 'delayed', 'delayed'],
  '5.3': ['on-track', 'on-track', 'ongoing-operation'],
  '5.4': ['done', null, null],
  '5.5': [null, 'on-track', 'on-track'],
};

const NARRATIVES: Partial<Record<MeasureStatus, string>> = {
  'not-started': 'Arbeidet er ikke startet. Det er planlagt å starte etter sommeren.',
  'on-track':
    'Arbeidet går som planlagt. Ansvarlig enhet har satt av tid, og samarbeidspartnerne er involvert.',
  'at-risk':
    'Arbeidet er i gang, men kapasiteten er presset på grunn av vakanser. Det er risiko for at fristen ikke nås.',
  delayed: 'Arbeidet er forsinket. Ansvarlig enhet har ikke hatt kapasitet til å starte som planlagt.',
  done: 'Tiltaket er gjennomført som planlagt.',
  'done-late': 'Tiltaket er gjennomført, men senere enn planlagt.',
  'ongoing-operation': 'Tiltaket er en del av den faste driften og gjennomføres hvert år.',
  stopped: 'Tiltaket er avsluttet uten å bli gjennomført.',
};

const SPECIAL: Record<string, Partial<StatusUpdateInput>> = {
  '1.5@3': {
    reason: 'Kompetanseteamet har ikke kapasitet før våren 2027. Opplæringen er flyttet til april 2027.',
    nextStep: 'Avtale dato for opplæring med kompetanseteamet.',
  },
  '2.4@3': {
    reason: 'Avtalen med Alternativ til Vold er ikke signert fordi tilbudet krever nye midler.',
    decisionNeeded: {
      needed: true,
      text: 'Kommunestyret må ta stilling til om avtalen med ATV skal finansieres med 350 000 kroner i 2027.',
    },
    risk: 'high',
  },
  '4.4@3': {
    reason:
      'Kommunen fikk ikke leie egnede leiligheter. Behovet dekkes i stedet gjennom avtale med krisesenteret om ekstra plasser.',
  },
  '5.2@2': { reason: 'Samarbeidskommunene ba om mer tid til å behandle avtaleutkastet.' },
  '5.2@3': {
    reason: 'To av samarbeidskommunene har ikke behandlet avtalen politisk ennå.',
    decisionNeeded: {
      needed: true,
      text: 'Kommunestyret bes godkjenne samarbeidsavtalen med krisesenteret (vedlagt).',
    },
    nextStep: 'Avtalen legges fram for kommunestyret i februar 2027.',
  },
  '3.1@3': { asOf: '2026-09-25', indicatorValues: [{ indicatorId: 'i-3-1', value: '88' }] },
  '3.1@2': { indicatorValues: [{ indicatorId: 'i-3-1', value: '61' }] },
  '1.1@3': { indicatorValues: [{ indicatorId: 'i-1-1', value: '74' }] },
  '5.1@3': { asOf: '2026-10-15', indicatorValues: [{ indicatorId: 'i-5-1', value: '7' }] },
  '2.5@2': { asOf: '2026-06-20' },
  '4.1@3': { asOf: '2026-09-28' },
};

const PERIOD_END = ['2026-04-30', '2026-08-31', '2026-12-31'];

function statusUpdates(): StatusUpdateInput[] {
  const updates: StatusUpdateInput[] = [];
  for (const [key, statuses] of Object.entries(STATUS_PLAN)) {
    const [area, index] = key.split('.').map(Number) as [number, number];
    statuses.forEach((status, t) => {
      if (status === null) return;
      const special = SPECIAL[`${key}@${t + 1}`] ?? {};
      const asOf = PERIOD_END[t] as string;
      updates.push({
        id: `s-${key}-${t + 1}`,
        measureId: measureId(area - 1, index - 1),
        periodId: `2026-T${t + 1}`,
        // «Gjennomført etter frist» is derived from the deadline; the owner reports «Gjennomført».
        status: status === 'done-late' ? 'done' : status,
        asOf,
        narrative: NARRATIVES[status] ?? '',
        nextStep:
          status === 'done' || status === 'done-late'
            ? ''
            : 'Fortsette arbeidet og rapportere status i neste tertial.',
        reason: '',
        reportedBy: 'Kommunal voldskoordinator',
        reportedAt: `${asOf}T12:00:00.000Z`,
        ...special,
      });
    });
  }
  return updates;
}

export function realisticPlanInput(): PlanInput {
  const measures = areas.flatMap((area, a) =>
    area.measures.map((m, i) => ({
      id: measureId(a, i),
      focusAreaId: `fa-${a + 1}`,
      number: `${a + 1}.${i + 1}`,
      title: m.title,
      description: m.description,
      leadOwnerUnitId: m.owner,
      partnerUnitIds: m.partners,
      ...(m.start ? { start: m.start } : {}),
      // A measure whose deadline passed before it was reported done shows «Gjennomført etter frist».
      ...(m.deadline ? { deadline: m.deadline } : {}),
      ...(m.period ? { period: { from: m.period[0], to: m.period[1] } } : {}),
      recurring: m.recurring ?? false,
      targetGroups: m.targetGroups ?? [],
      violenceForms: m.violenceForms ?? [],
      legalBasis: m.legalBasis ?? [],
      indicators: m.indicator ? [{ id: `i-${a + 1}-${i + 1}`, ...m.indicator }] : [],
    })),
  );
  // 2.3 and 3.2 were finished after their deadlines.
  const late: Record<string, string> = { 'm-2-3': '2026-11-30', 'm-3-2': '2026-06-30' };
  for (const measure of measures) {
    if (late[measure.id]) measure.deadline = late[measure.id];
  }
  const m31 = measures.find((m) => m.id === 'm-1-3');
  if (m31)
    Object.assign(m31, { resources: { funding: 'within-budget', note: 'Kursavgift dekkes av legevakten' } });
  const m24 = measures.find((m) => m.id === 'm-2-4');
  if (m24) Object.assign(m24, { resources: { funding: 'earmarked', amountNok: 350000, note: '' } });
  return {
    id: 'plan-fjordvik-2026',
    title: 'Handlingsplan mot vold i nære relasjoner',
    municipality: { name: 'Fjordvik kommune', number: '1899' },
    partnerMunicipalities: [{ name: 'Nesøy kommune' }],
    period: { fromYear: 2026, toYear: 2029 },
    lifecycle: 'adopted',
    language: 'nb',
    adoption: { body: 'Kommunestyret', date: '2026-03-12', caseNumber: '23/26' },
    mandate: {
      givenBy: 'Kommunedirektøren',
      date: '2025-06-10',
      text: 'Arbeidsgruppen skal utarbeide en felles handlingsplan mot vold i nære relasjoner for Fjordvik og Nesøy, med konkrete tiltak, ansvarlige enheter og frister. Planen skal legges fram for kommunestyrene innen mars 2026.',
    },
    anchoring: { politicalBody: 'Kommunestyret', administrativeOwner: 'Kommunalsjef for helse og velferd' },
    coordinator: { name: 'Ingrid Solberg', role: 'Voldskoordinator', unitId: 'u-koord' },
    sections: [
      {
        id: 'sec-intro',
        kind: 'introduction',
        title: 'Innledning',
        body: [
          {
            type: 'paragraph',
            runs: [
              {
                text: 'Vold i nære relasjoner er et alvorlig samfunnsproblem og et folkehelseproblem. Volden rammer barn, unge, voksne og eldre, og den får ofte store følger for helse, skolegang og arbeid.',
              },
            ],
          },
          {
            type: 'paragraph',
            runs: [
              { text: 'Denne planen er ' },
              { text: 'felles for Fjordvik og Nesøy', bold: true },
              {
                text: '. Den beskriver hva kommunene skal gjøre i perioden 2026–2029 for å forebygge vold, avdekke vold tidlig og gi god hjelp til dem som er utsatt.',
              },
            ],
          },
          {
            type: 'bullets',
            items: [
              [{ text: 'Hvert tiltak har én ansvarlig enhet og en frist.' }],
              [{ text: 'Status rapporteres hvert tertial til kommunestyret.' }],
              [{ text: 'Planen rulleres i 2029.', italic: true }],
            ],
          },
        ],
      },
      {
        id: 'sec-background',
        kind: 'background',
        title: 'Bakgrunn: hva er vold i nære relasjoner',
        body: [
          {
            type: 'paragraph',
            runs: [
              {
                text: 'Med vold i nære relasjoner mener vi vold, trusler og overgrep fra en nåværende eller tidligere partner, fra foreldre eller andre familiemedlemmer. Volden kan være fysisk, psykisk, seksuell, materiell, økonomisk eller digital, og den omfatter også omsorgssvikt.',
              },
            ],
          },
          {
            type: 'paragraph',
            runs: [
              {
                text: 'Barn som lever med vold i familien, er utsatt for vold selv om de ikke blir slått. Å se og høre vold mot en forelder er like skadelig som å bli utsatt for vold direkte.',
              },
            ],
          },
        ],
      },
      { id: 'sec-policy', kind: 'policy', title: 'Føringer og lovverk', body: [] },
      {
        id: 'sec-org',
        kind: 'organisation',
        title: 'Organisering og ansvar for oppfølging',
        body: [
          {
            type: 'paragraph',
            runs: [
              {
                text: 'Kommunestyret eier planen politisk. Kommunalsjef for helse og velferd eier planen administrativt, og voldskoordinatoren koordinerer arbeidet. Hvert tiltak har én ansvarlig enhet som rapporterer status hvert tertial.',
              },
            ],
          },
        ],
      },
    ],
    focusAreas: areas.map((area, a) => ({
      id: `fa-${a + 1}`,
      title: area.title,
      background: area.background,
      challenges: area.challenges,
      goals: [
        {
          id: `g-${a + 1}`,
          text: area.goal,
          indicators:
            a === 0
              ? [
                  {
                    id: 'gi-1',
                    name: 'Ansatte som har fått opplæring om vold siste to år',
                    unit: 'prosent',
                    baseline: '25',
                    target: '80',
                    source: 'Medarbeiderundersøkelsen',
                  },
                ]
              : [],
        },
      ],
    })),
    units: units.map(([id, name, kind]) => ({ id, name, kind })),
    members: [
      { id: 'p-1', name: 'Ingrid Solberg', role: 'Leder av arbeidsgruppen', unitId: 'u-koord' },
      { id: 'p-2', name: 'Ahmed Rahimi', role: 'Barnevernleder', unitId: 'u-bv' },
      { id: 'p-3', name: 'Kari Nordmo', role: 'Helsesykepleier', unitId: 'u-hs' },
      { id: 'p-4', name: 'Ole Martin Berg', role: 'Veileder', unitId: 'u-nav' },
      { id: 'p-5', name: 'Sunniva Aas', role: 'Daglig leder', unitId: 'u-ks' },
      { id: 'p-6', name: 'Jonas Eriksen', role: 'Politikontakt', unitId: 'u-politi' },
      { id: 'p-7', name: 'Marte Lien', role: 'Rektor, Nesøy skole', unitId: 'u-skole' },
      { id: 'p-8', name: 'Liv Hansen', role: 'Brukerrepresentant' },
    ],
    reportingScheme: {
      cycle: 'tertial',
      collectionDaysAfterEnd: 14,
      meetingDaysAfterEnd: 45,
      meetingBody: 'Kommunestyret',
      overrides: [],
    },
    measures,
    statusUpdates: statusUpdates(),
    createdAt: '2025-09-01T08:00:00.000Z',
    updatedAt: '2027-01-14T08:00:00.000Z',
  };
}

/** The realistic plan, validated and with defaults filled in. */
export function realisticPlan(): Plan {
  return PlanSchema.parse(realisticPlanInput());
}

/** The period the status reports of the fixture end with. */
export const REALISTIC_LAST_PERIOD = '2026-T3';
