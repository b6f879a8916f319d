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

const sectionTemplates = [
  {
    kind: 'introduction',
    title: 'Innledning',
    guidance:
      'Forklar kort hvorfor kommunen har en handlingsplan mot vold i nære relasjoner, og hvilken periode den gjelder for. Si hvem som ga mandatet, hvem som har vært med i arbeidsgruppen, og hvordan planen er blitt til. Nevn om planen er felles for flere kommuner. Avslutt med hvordan planen skal brukes og hvem den er skrevet for.',
  },
  {
    kind: 'background',
    title: 'Bakgrunn: hva er vold i nære relasjoner',
    guidance:
      'Forklar hva vold i nære relasjoner er, med de ulike formene: fysisk, psykisk, seksuell, materiell, økonomisk og digital vold og omsorgssvikt. Ta med æresrelatert vold, tvangsekteskap, kjønnslemlestelse og negativ sosial kontroll. Beskriv kort hvilke følger volden kan få for barn og voksne. Planen bør ha et livsløpsperspektiv, slik at både barn, voksne og eldre er med.',
  },
  {
    kind: 'policy',
    title: 'Føringer og lovverk',
    guidance:
      'List opp de nasjonale føringene og lovene planen bygger på, for eksempel krisesenterloven, helse- og omsorgstjenesteloven § 3-3 a, kommuneloven § 25-1 om internkontroll, straffeloven § 196 om avvergeplikt og Istanbulkonvensjonen. Skriv hva hver bestemmelse betyr for kommunen, ikke bare navnet. Ta også med kommunens egne styringsdokumenter planen skal henge sammen med, som planstrategi, samfunnsdelen av kommuneplanen og økonomiplanen. Sjekk at lovhenvisningene fortsatt gjelder.',
  },
  {
    kind: 'prevalence',
    title: 'Omfang og lokal situasjon',
    guidance:
      'Beskriv hva vi vet om vold i nære relasjoner i kommunen. Bruk lokale kilder som KOSTRA, krisesenterets statistikk, Ungdata og politiets tall, og oppgi årstall for hvert tall. Skriv også hva tallene ikke sier: det finnes ingen egen indikator for omfanget på kommunenivå. Avslutt med de viktigste utfordringene dere ser lokalt.',
  },
  {
    kind: 'organisation',
    title: 'Organisering og ansvar for oppfølging',
    guidance:
      'Beskriv hvem som eier planen politisk og administrativt, og hvem som er koordinator for arbeidet. Forklar at hvert tiltak har én ansvarlig enhet, og hvordan status samles inn og rapporteres, for eksempel i tertialrapportene og årsmeldingen. Vis hvordan planens mål er skrevet inn i kommunens styringsdokumenter og årshjul. Navngi enheter, ikke personer, slik at planen tåler omorganiseringer.',
  },
  {
    kind: 'local-help',
    title: 'Hjelpetilbud i kommunen',
    guidance:
      'Gi en oversikt over hvor innbyggere kan få hjelp, med kontaktinformasjon: krisesenteret, legevakt, barnevernvakt, politiet og andre. Ta med tilbud til dem som utøver vold. Skriv så enkelt at oversikten kan brukes som den er på kommunens nettsted.',
  },
  {
    kind: 'cooperation-models',
    title: 'Samarbeidsmodeller og rutiner',
    guidance:
      'Beskriv modellene og rutinene tjenestene bruker når de samarbeider i voldssaker, for eksempel konsultasjonsteam, tiltakskort, TryggEst, BTI og individuell plan. Si hvem som har ansvaret for hver modell, og hvor rutinene ligger. Ta med skriftlige samarbeidsavtaler med krisesenteret og politiet.',
  },
  {
    kind: 'evaluation',
    title: 'Evaluering og rullering',
    guidance:
      'Beskriv hvordan planen skal evalueres før den rulleres. Et enkelt opplegg er å spørre om hvert tiltak ble gjennomført som planlagt, hvor mange ansatte som fikk opplæring, hvilke rutiner som ble skrevet og hvilke samarbeidsfora som kom i gang. Sett en dato for når revisjonen skal starte, i god tid før planperioden går ut.',
  },
] as const satisfies readonly SectionTemplate[];

export type SectionKind = (typeof sectionTemplates)[number]['kind'];
export const SECTION_TEMPLATES: readonly SectionTemplate<SectionKind>[] = sectionTemplates;
