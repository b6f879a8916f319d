import type { Language } from '../core/schema/common';
import { perLanguage, type Text } from './text';

/**
 * The plan's text sections in the usual order. Focus areas and the summary table of measures are not text
 * sections: the plan document places them after these, before the closing sections about follow-up.
 */
export interface SectionTemplate<Kind extends string = string> {
  kind: Kind;
  title: string;
  /** What to write, shown beside the empty section. */
  guidance: string;
}

interface SectionSource {
  kind: string;
  title: Text;
  guidance: Text;
}

const sectionTemplates = [
  {
    kind: 'introduction',
    title: { nb: 'Innledning', nn: 'Innleiing', en: 'Introduction' },
    guidance: {
      nb: 'Forklar kort hvorfor kommunen har en handlingsplan mot vold i nære relasjoner, og hvilken periode den gjelder for. Si hvem som ga mandatet, hvem som har vært med i arbeidsgruppen, og hvordan planen er blitt til. Nevn om planen er felles for flere kommuner. Avslutt med hvordan planen skal brukes og hvem den er skrevet for.',
      nn: 'Forklar kort kvifor kommunen har ein handlingsplan mot vald i nære relasjonar, og kva periode han gjeld for. Sei kven som gav mandatet, kven som har vore med i arbeidsgruppa, og korleis planen har kome til. Nemn om planen er felles for fleire kommunar. Avslutt med korleis planen skal brukast, og kven han er skriven for.',
      en: 'Explain briefly why the municipality has an action plan against domestic violence and which period it covers. Say who gave the mandate, who has been in the working group and how the plan came about. Mention whether the plan is shared by several municipalities. End with how the plan is to be used and who it is written for.',
    },
  },
  {
    kind: 'background',
    title: {
      nb: 'Bakgrunn: hva er vold i nære relasjoner',
      nn: 'Bakgrunn: kva er vald i nære relasjonar',
      en: 'Background: what domestic violence is',
    },
    guidance: {
      nb: 'Forklar hva vold i nære relasjoner er, med de ulike formene: fysisk, psykisk, seksuell, materiell, økonomisk og digital vold og omsorgssvikt. Ta med æresrelatert vold, tvangsekteskap, kjønnslemlestelse og negativ sosial kontroll. Beskriv kort hvilke følger volden kan få for barn og voksne. Planen bør ha et livsløpsperspektiv, slik at både barn, voksne og eldre er med.',
      nn: 'Forklar kva vald i nære relasjonar er, med dei ulike formene: fysisk, psykisk, seksuell, materiell, økonomisk og digital vald og omsorgssvikt. Ta med æresrelatert vald, tvangsekteskap, kjønnslemlesting og negativ sosial kontroll. Skildre kort kva følgjer valden kan få for barn og vaksne. Planen bør ha eit livsløpsperspektiv, slik at både barn, vaksne og eldre er med.',
      en: 'Explain what domestic violence is, with its different forms: physical, psychological, sexual, material, economic and digital violence, and neglect. Include honour-related violence, forced marriage, female genital mutilation and negative social control. Describe briefly the consequences violence can have for children and adults. The plan should take a life-course perspective, so that children, adults and older people are all included.',
    },
  },
  {
    kind: 'policy',
    title: { nb: 'Føringer og lovverk', nn: 'Føringar og lovverk', en: 'Policy and legal framework' },
    guidance: {
      nb: 'List opp de nasjonale føringene og lovene planen bygger på, for eksempel krisesenterloven, helse- og omsorgstjenesteloven § 3-3 a, kommuneloven § 25-1 om internkontroll, straffeloven § 196 om avvergeplikt og Istanbulkonvensjonen. Skriv hva hver bestemmelse betyr for kommunen, ikke bare navnet. Ta også med kommunens egne styringsdokumenter planen skal henge sammen med, som planstrategi, samfunnsdelen av kommuneplanen og økonomiplanen. Sjekk at lovhenvisningene fortsatt gjelder.',
      nn: 'List opp dei nasjonale føringane og lovene planen byggjer på, til dømes krisesenterlova, helse- og omsorgstenestelova § 3-3 a, kommunelova § 25-1 om internkontroll, straffelova § 196 om avvergingsplikt og Istanbulkonvensjonen. Skriv kva kvar føresegn tyder for kommunen, ikkje berre namnet. Ta òg med dei styringsdokumenta i kommunen som planen skal henge saman med, som planstrategien, samfunnsdelen av kommuneplanen og økonomiplanen. Sjekk at lovtilvisingane framleis gjeld.',
      en: "List the national policy guidance and the laws the plan builds on, for example the Crisis Centre Act, the Health and Care Services Act § 3-3 a, the Local Government Act § 25-1 on internal control, the Penal Code § 196 on the duty to avert, and the Istanbul Convention. Write what each provision means for the municipality, not just its name. Also include the municipality's own steering documents that the plan must fit with, such as the planning strategy, the social element of the municipal master plan and the economic plan. Check that the legal references still apply.",
    },
  },
  {
    kind: 'prevalence',
    title: {
      nb: 'Omfang og lokal situasjon',
      nn: 'Omfang og lokal situasjon',
      en: 'Extent and local situation',
    },
    guidance: {
      nb: 'Beskriv hva vi vet om vold i nære relasjoner i kommunen. Bruk lokale kilder som KOSTRA, krisesenterets statistikk, Ungdata og politiets tall, og oppgi årstall for hvert tall. Skriv også hva tallene ikke sier: det finnes ingen egen indikator for omfanget på kommunenivå. Avslutt med de viktigste utfordringene dere ser lokalt.',
      nn: 'Skildre kva vi veit om vald i nære relasjonar i kommunen. Bruk lokale kjelder som KOSTRA, statistikken til krisesenteret, Ungdata og tala frå politiet, og oppgi årstal for kvart tal. Skriv òg kva tala ikkje seier: det finst ingen eigen indikator for omfanget på kommunenivå. Avslutt med dei viktigaste utfordringane de ser lokalt.',
      en: 'Describe what we know about domestic violence in the municipality. Use local sources such as KOSTRA, the crisis centre statistics, Ungdata and police figures, and give the year of each figure. Also write what the figures do not say: there is no separate indicator of the extent at municipal level. End with the most important challenges you see locally.',
    },
  },
  {
    kind: 'organisation',
    title: {
      nb: 'Organisering og ansvar for oppfølging',
      nn: 'Organisering og ansvar for oppfølging',
      en: 'Organisation and responsibility for follow-up',
    },
    guidance: {
      nb: 'Beskriv hvem som eier planen politisk og administrativt, og hvem som er koordinator for arbeidet. Forklar at hvert tiltak har én ansvarlig enhet, og hvordan status samles inn og rapporteres, for eksempel i tertialrapportene og årsmeldingen. Vis hvordan planens mål er skrevet inn i kommunens styringsdokumenter og årshjul. Navngi enheter, ikke personer, slik at planen tåler omorganiseringer.',
      nn: 'Skildre kven som eig planen politisk og administrativt, og kven som er koordinator for arbeidet. Forklar at kvart tiltak har éi ansvarleg eining, og korleis status blir samla inn og rapportert, til dømes i tertialrapportane og årsmeldinga. Vis korleis måla i planen er skrivne inn i styringsdokumenta og årshjulet til kommunen. Nemn einingar, ikkje personar, slik at planen toler omorganiseringar.',
      en: "Describe who owns the plan politically and administratively, and who coordinates the work. Explain that each measure has one responsible unit, and how status is collected and reported, for example in the four-monthly reports and the annual report. Show how the plan's goals are written into the municipality's steering documents and annual wheel. Name units, not people, so that the plan survives reorganisations.",
    },
  },
  {
    kind: 'local-help',
    title: {
      nb: 'Hjelpetilbud i kommunen',
      nn: 'Hjelpetilbod i kommunen',
      en: 'Help available in the municipality',
    },
    guidance: {
      nb: 'Gi en oversikt over hvor innbyggere kan få hjelp, med kontaktinformasjon: krisesenteret, legevakt, barnevernvakt, politiet og andre. Ta med tilbud til dem som utøver vold. Skriv så enkelt at oversikten kan brukes som den er på kommunens nettsted.',
      nn: 'Gi ei oversikt over kvar innbyggjarane kan få hjelp, med kontaktinformasjon: krisesenteret, legevakta, barnevernsvakta, politiet og andre. Ta med tilbod til dei som utøver vald. Skriv så enkelt at oversikta kan brukast som ho er, på nettstaden til kommunen.',
      en: "Give an overview of where residents can get help, with contact details: the crisis centre, the out-of-hours medical service, the child welfare emergency service, the police and others. Include services for those who use violence. Write it so plainly that the overview can be used as it is on the municipality's website.",
    },
  },
  {
    kind: 'cooperation-models',
    title: {
      nb: 'Samarbeidsmodeller og rutiner',
      nn: 'Samarbeidsmodellar og rutinar',
      en: 'Cooperation models and routines',
    },
    guidance: {
      nb: 'Beskriv modellene og rutinene tjenestene bruker når de samarbeider i voldssaker, for eksempel konsultasjonsteam, tiltakskort, TryggEst, BTI og individuell plan. Si hvem som har ansvaret for hver modell, og hvor rutinene ligger. Ta med skriftlige samarbeidsavtaler med krisesenteret og politiet.',
      nn: 'Skildre modellane og rutinane tenestene brukar når dei samarbeider i valdssaker, til dømes konsultasjonsteam, tiltakskort, TryggEst, BTI og individuell plan. Sei kven som har ansvaret for kvar modell, og kvar rutinane ligg. Ta med skriftlege samarbeidsavtalar med krisesenteret og politiet.',
      en: 'Describe the models and routines the services use when they cooperate in violence cases, for example a consultation team, action cards, TryggEst, BTI (better interdisciplinary efforts) and the individual plan. Say who is responsible for each model and where the routines are kept. Include written cooperation agreements with the crisis centre and the police.',
    },
  },
  {
    kind: 'evaluation',
    title: { nb: 'Evaluering og rullering', nn: 'Evaluering og rullering', en: 'Evaluation and revision' },
    guidance: {
      nb: 'Beskriv hvordan planen skal evalueres før den rulleres. Et enkelt opplegg er å spørre om hvert tiltak ble gjennomført som planlagt, hvor mange ansatte som fikk opplæring, hvilke rutiner som ble skrevet og hvilke samarbeidsfora som kom i gang. Sett en dato for når revisjonen skal starte, i god tid før planperioden går ut.',
      nn: 'Skildre korleis planen skal evaluerast før han blir rullert. Eit enkelt opplegg er å spørje om kvart tiltak vart gjennomført som planlagt, kor mange tilsette som fekk opplæring, kva rutinar som vart skrivne, og kva samarbeidsforum som kom i gang. Set ein dato for når revisjonen skal starte, i god tid før planperioden går ut.',
      en: 'Describe how the plan is to be evaluated before it is revised. A simple approach is to ask whether each measure was carried out as planned, how many employees were trained, which routines were written and which cooperation forums got started. Set a date for when the revision starts, well before the plan period ends.',
    },
  },
] as const satisfies readonly SectionSource[];

export type SectionKind = (typeof sectionTemplates)[number]['kind'];
export const SECTION_SOURCES: readonly (SectionSource & { kind: SectionKind })[] = sectionTemplates;

/** The text sections with titles and guidance in one language. */
export const sectionsFor = perLanguage((language: Language): readonly SectionTemplate<SectionKind>[] =>
  SECTION_SOURCES.map((s) => ({ kind: s.kind, title: s.title[language], guidance: s.guidance[language] })),
);
