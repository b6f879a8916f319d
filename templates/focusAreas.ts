import type { Language } from '../core/schema/common';
import { perLanguage, type Text } from './text';

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

interface FocusAreaSource {
  templateId: string;
  title: Text;
  guidance: { background: Text; challenges: Text; goal: Text };
}

const focusAreaTemplates = [
  {
    templateId: 'help-protection',
    title: {
      nb: 'Hjelp og beskyttelse til voldsutsatte',
      nn: 'Hjelp og vern til valdsutsette',
      en: 'Help and protection for victims of violence',
    },
    guidance: {
      background: {
        nb: 'Beskriv hvilke tilbud barn og voksne som er utsatt for vold, har i dag: krisesenteret, legevakt, barnevern, NAV, psykisk helse og rus og andre. Få med hvem som følger opp etter et krisesenteropphold, og hvilke grupper tilbudet er tilpasset.',
        nn: 'Skildre kva tilbod barn og vaksne som er utsette for vald, har i dag: krisesenteret, legevakta, barnevernet, NAV, psykisk helse og rus og andre. Få med kven som følgjer opp etter eit krisesenteropphald, og kva grupper tilbodet er tilpassa.',
        en: 'Describe the services that children and adults exposed to violence have today: the crisis centre, the out-of-hours medical service, child welfare, NAV, mental health and substance use services, and others. Include who follows up after a crisis centre stay, and which groups the services are adapted to.',
      },
      challenges: {
        nb: 'Hvem faller utenfor eller får et svakere tilbud, for eksempel menn og fedre med barn, eldre, personer med rus eller psykisk sykdom og personer med funksjonsnedsettelse? Hvor svikter overgangene mellom tjenestene, særlig i reetableringen etter et opphold?',
        nn: 'Kven fell utanfor eller får eit svakare tilbod, til dømes menn og fedrar med barn, eldre, personar med rusproblem eller psykisk sjukdom og personar med funksjonsnedsetjing? Kvar sviktar overgangane mellom tenestene, særleg i reetableringa etter eit opphald?',
        en: 'Who falls outside or gets a weaker service, for example men and fathers with children, older people, people with substance use problems or mental illness, and people with disabilities? Where do the handovers between services fail, especially during re-establishment after a stay?',
      },
      goal: {
        nb: 'Eksempel: Alle som er utsatt for vold i nære relasjoner, får rask og samordnet hjelp, og ingen står uten oppfølging etter et krisesenteropphold.',
        nn: 'Døme: Alle som er utsette for vald i nære relasjonar, får rask og samordna hjelp, og ingen står utan oppfølging etter eit krisesenteropphald.',
        en: 'Example: Everyone exposed to domestic violence gets fast, coordinated help, and no one is left without follow-up after a crisis centre stay.',
      },
    },
  },
  {
    templateId: 'prevention',
    title: {
      nb: 'Forebygging, også tilbud til dem som utøver vold',
      nn: 'Førebygging, òg tilbod til dei som utøver vald',
      en: 'Prevention, including services for those who use violence',
    },
    guidance: {
      background: {
        nb: 'Forebygging skjer på tre nivåer: for hele befolkningen, for grupper med kjent høyere risiko, og etter at vold har skjedd, for å hindre at den gjentas. Beskriv hva kommunen gjør på hvert nivå, også tilbud til dem som utøver vold.',
        nn: 'Førebygging skjer på tre nivå: for heile befolkninga, for grupper med kjend høgare risiko, og etter at vald har skjedd, for å hindre at det skjer igjen. Skildre kva kommunen gjer på kvart nivå, òg tilbod til dei som utøver vald.',
        en: 'Prevention works on three levels: for the whole population, for groups at known higher risk, and after violence has occurred, to stop it happening again. Describe what the municipality does at each level, including services for those who use violence.',
      },
      challenges: {
        nb: 'Hvilke grupper nås ikke av det forebyggende arbeidet i dag? Finnes det et tilbud til dem som utøver vold, og vet tjenestene hvor de skal henvise?',
        nn: 'Kva grupper når ikkje det førebyggjande arbeidet fram til i dag? Finst det eit tilbod til dei som utøver vald, og veit tenestene kvar dei skal tilvise?',
        en: "Which groups does today's preventive work not reach? Is there a service for those who use violence, and do the services know where to refer them?",
      },
      goal: {
        nb: 'Eksempel: Barn og unge vet hva vold er og hvor de kan få hjelp, og den som utøver vold, får tilbud om behandling.',
        nn: 'Døme: Barn og unge veit kva vald er og kvar dei kan få hjelp, og den som utøver vald, får tilbod om behandling.',
        en: 'Example: Children and young people know what violence is and where to get help, and those who use violence are offered treatment.',
      },
    },
  },
  {
    templateId: 'detection',
    title: {
      nb: 'Avdekking og synliggjøring',
      nn: 'Avdekking og synleggjering',
      en: 'Detection and visibility',
    },
    guidance: {
      background: {
        nb: 'Vold avdekkes når ansatte spør, ser tegnene og vet hva de skal gjøre. Beskriv hvilke rutiner og verktøy tjenestene bruker i dag, og hvordan innbyggerne finner informasjon om hjelp.',
        nn: 'Vald blir avdekt når dei tilsette spør, ser teikna og veit kva dei skal gjere. Skildre kva rutinar og verktøy tenestene brukar i dag, og korleis innbyggjarane finn informasjon om hjelp.',
        en: 'Violence is detected when staff ask, see the signs and know what to do. Describe the routines and tools the services use today, and how residents find information about help.',
      },
      challenges: {
        nb: 'Hvor er rutinene svakest, for eksempel for eldre, ved omsorgssvikt eller i psykisk helsevern? Hva vet vi om omfanget lokalt, og hva mangler vi tall for?',
        nn: 'Kvar er rutinane svakast, til dømes for eldre, ved omsorgssvikt eller i psykisk helsevern? Kva veit vi om omfanget lokalt, og kva manglar vi tal for?',
        en: 'Where are the routines weakest, for example for older people, in cases of neglect or in mental health care? What do we know about the local extent, and what do we lack figures for?',
      },
      goal: {
        nb: 'Eksempel: Alle tjenester spør rutinemessig om vold, og kommunen har et oppdatert bilde av omfanget lokalt.',
        nn: 'Døme: Alle tenester spør rutinemessig om vald, og kommunen har eit oppdatert bilete av omfanget lokalt.',
        en: 'Example: All services routinely ask about violence, and the municipality has an up-to-date picture of the local extent.',
      },
    },
  },
  {
    templateId: 'cooperation',
    title: {
      nb: 'Samarbeid og samordning av tjenestene',
      nn: 'Samarbeid og samordning av tenestene',
      en: 'Cooperation and coordination of services',
    },
    guidance: {
      background: {
        nb: 'Beskriv hvem som samarbeider i dag, hvilke avtaler som finnes, og hvem som har ansvaret for å samordne arbeidet. Ta med politiet, krisesenteret, statlige tjenester og frivillige organisasjoner.',
        nn: 'Skildre kven som samarbeider i dag, kva avtalar som finst, og kven som har ansvaret for å samordne arbeidet. Ta med politiet, krisesenteret, statlege tenester og frivillige organisasjonar.',
        en: 'Describe who cooperates today, which agreements exist, and who is responsible for coordinating the work. Include the police, the crisis centre, state services and voluntary organisations.',
      },
      challenges: {
        nb: 'Er samarbeidet avhengig av enkeltpersoner, eller er det skriftlig og avtalt? Mangler noen tjenester en skriftlig avtale med krisesenteret, og er planen forankret i kommunens styringsdokumenter?',
        nn: 'Er samarbeidet avhengig av einskildpersonar, eller er det skriftleg og avtalt? Manglar nokre tenester ein skriftleg avtale med krisesenteret, og er planen forankra i styringsdokumenta til kommunen?',
        en: "Does cooperation depend on individuals, or is it written down and agreed? Do any services lack a written agreement with the crisis centre, and is the plan anchored in the municipality's steering documents?",
      },
      goal: {
        nb: 'Eksempel: Tjenestene samarbeider etter skriftlige avtaler og faste rutiner, og planen følges opp gjennom kommunens ordinære rapportering.',
        nn: 'Døme: Tenestene samarbeider etter skriftlege avtalar og faste rutinar, og planen blir følgd opp gjennom den ordinære rapporteringa i kommunen.',
        en: "Example: The services cooperate under written agreements and fixed routines, and the plan is followed up through the municipality's ordinary reporting.",
      },
    },
  },
  {
    templateId: 'competence',
    title: {
      nb: 'Kompetanse i de kommunale tjenestene',
      nn: 'Kompetanse i dei kommunale tenestene',
      en: 'Competence in the municipal services',
    },
    guidance: {
      background: {
        nb: 'Beskriv hvilken opplæring ansatte får i dag om vold, taushetsplikt, opplysningsplikt og avvergeplikt, og hvem som tilbyr den. Ta med samarbeidet med RVTS.',
        nn: 'Skildre kva opplæring dei tilsette får i dag om vald, teieplikt, opplysningsplikt og avvergingsplikt, og kven som tilbyr ho. Ta med samarbeidet med RVTS.',
        en: 'Describe the training staff receive today on violence, confidentiality, the duty to inform and the duty to avert, and who provides it. Include the cooperation with RVTS.',
      },
      challenges: {
        nb: 'Hvilke tjenester og yrkesgrupper mangler opplæring? Hvordan sikrer vi at nyansatte får den, og at kunnskapen blir brukt i rutinene?',
        nn: 'Kva tenester og yrkesgrupper manglar opplæring? Korleis sikrar vi at nytilsette får ho, og at kunnskapen blir brukt i rutinane?',
        en: 'Which services and professions lack training? How do we make sure new employees receive it, and that the knowledge is used in the routines?',
      },
      goal: {
        nb: 'Eksempel: Alle ansatte som møter barn og voksne i sårbare situasjoner, har grunnopplæring i vold i nære relasjoner og vet hva de skal gjøre ved mistanke.',
        nn: 'Døme: Alle tilsette som møter barn og vaksne i sårbare situasjonar, har grunnopplæring i vald i nære relasjonar og veit kva dei skal gjere ved mistanke.',
        en: 'Example: All employees who meet children and adults in vulnerable situations have basic training in domestic violence and know what to do when they suspect it.',
      },
    },
  },
] as const satisfies readonly FocusAreaSource[];

export type FocusAreaTemplateId = (typeof focusAreaTemplates)[number]['templateId'];
export const FOCUS_AREA_SOURCES: readonly (FocusAreaSource & { templateId: FocusAreaTemplateId })[] =
  focusAreaTemplates;

/** The focus areas with titles and guidance in one language. */
export const focusAreasFor = perLanguage(
  (language: Language): readonly FocusAreaTemplate<FocusAreaTemplateId>[] =>
    FOCUS_AREA_SOURCES.map((f) => ({
      templateId: f.templateId,
      title: f.title[language],
      guidance: {
        background: f.guidance.background[language],
        challenges: f.guidance.challenges[language],
        goal: f.guidance.goal[language],
      },
    })),
);
