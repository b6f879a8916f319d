/**
 * The five focus areas (satsingsområder) most municipal plans use. The guidance texts are prompts shown
 * beside the empty fields; `goal` is an example the working group rewrites to fit the municipality.
 */
export interface FocusAreaTemplate<TemplateId extends string = string> {
  templateId: TemplateId;
  title: string;
  guidance: {
    background: string;
    challenges: string;
    goal: string;
  };
}

const focusAreaTemplates = [
  {
    templateId: 'help-protection',
    title: 'Hjelp og beskyttelse til voldsutsatte',
    guidance: {
      background:
        'Beskriv hvilke tilbud barn og voksne som er utsatt for vold, har i dag: krisesenteret, legevakt, barnevern, NAV, psykisk helse og rus og andre. Få med hvem som følger opp etter et krisesenteropphold, og hvilke grupper tilbudet er tilpasset.',
      challenges:
        'Hvem faller utenfor eller får et svakere tilbud, for eksempel menn og fedre med barn, eldre, personer med rus eller psykisk sykdom og personer med funksjonsnedsettelse? Hvor svikter overgangene mellom tjenestene, særlig i reetableringen etter et opphold?',
      goal: 'Eksempel: Alle som er utsatt for vold i nære relasjoner, får rask og samordnet hjelp, og ingen står uten oppfølging etter et krisesenteropphold.',
    },
  },
  {
    templateId: 'prevention',
    title: 'Forebygging, også tilbud til dem som utøver vold',
    guidance: {
      background:
        'Forebygging skjer på tre nivåer: for hele befolkningen, for grupper med kjent høyere risiko, og etter at vold har skjedd, for å hindre at den gjentas. Beskriv hva kommunen gjør på hvert nivå, også tilbud til dem som utøver vold.',
      challenges:
        'Hvilke grupper nås ikke av det forebyggende arbeidet i dag? Finnes det et tilbud til dem som utøver vold, og vet tjenestene hvor de skal henvise?',
      goal: 'Eksempel: Barn og unge vet hva vold er og hvor de kan få hjelp, og den som utøver vold, får tilbud om behandling.',
    },
  },
  {
    templateId: 'detection',
    title: 'Avdekking og synliggjøring',
    guidance: {
      background:
        'Vold avdekkes når ansatte spør, ser tegnene og vet hva de skal gjøre. Beskriv hvilke rutiner og verktøy tjenestene bruker i dag, og hvordan innbyggerne finner informasjon om hjelp.',
      challenges:
        'Hvor er rutinene svakest, for eksempel for eldre, ved omsorgssvikt eller i psykisk helsevern? Hva vet vi om omfanget lokalt, og hva mangler vi tall for?',
      goal: 'Eksempel: Alle tjenester spør rutinemessig om vold, og kommunen har et oppdatert bilde av omfanget lokalt.',
    },
  },
  {
    templateId: 'cooperation',
    title: 'Samarbeid og samordning av tjenestene',
    guidance: {
      background:
        'Beskriv hvem som samarbeider i dag, hvilke avtaler som finnes, og hvem som har ansvaret for å samordne arbeidet. Ta med politiet, krisesenteret, statlige tjenester og frivillige organisasjoner.',
      challenges:
        'Er samarbeidet avhengig av enkeltpersoner, eller er det skriftlig og avtalt? Mangler noen tjenester en skriftlig avtale med krisesenteret, og er planen forankret i kommunens styringsdokumenter?',
      goal: 'Eksempel: Tjenestene samarbeider etter skriftlige avtaler og faste rutiner, og planen følges opp gjennom kommunens ordinære rapportering.',
    },
  },
  {
    templateId: 'competence',
    title: 'Kompetanse i de kommunale tjenestene',
    guidance: {
      background:
        'Beskriv hvilken opplæring ansatte får i dag om vold, taushetsplikt, opplysningsplikt og avvergeplikt, og hvem som tilbyr den. Ta med samarbeidet med RVTS.',
      challenges:
        'Hvilke tjenester og yrkesgrupper mangler opplæring? Hvordan sikrer vi at nyansatte får den, og at kunnskapen blir brukt i rutinene?',
      goal: 'Eksempel: Alle ansatte som møter barn og voksne i sårbare situasjoner, har grunnopplæring i vold i nære relasjoner og vet hva de skal gjøre ved mistanke.',
    },
  },
] as const satisfies readonly FocusAreaTemplate[];

export type FocusAreaTemplateId = (typeof focusAreaTemplates)[number]['templateId'];
export const FOCUS_AREA_TEMPLATES: readonly FocusAreaTemplate<FocusAreaTemplateId>[] = focusAreaTemplates;
