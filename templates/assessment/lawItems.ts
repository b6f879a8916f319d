import type { AssessmentItemSource } from './item';

/** What the Crisis Centre Act, the rules on internal control, the health act and KOSTRA ask of the municipality. */
export const LAW_ITEMS: readonly AssessmentItemSource[] = [
  {
    id: 'cc-comprehensive-offer',
    group: 'crisis-centre-act',
    question: {
      nb: 'Har kommunen et helhetlig krisesentertilbud til kvinner, menn og barn?',
      nn: 'Har kommunen eit heilskapleg krisesentertilbod til kvinner, menn og barn?',
      en: 'Does the municipality have a comprehensive crisis centre service for women, men and children?',
    },
    help: {
      nb: 'Plikten ligger på kommunen, ikke på krisesenteret. Den gjelder også når kommunen kjøper tilbudet fra en vertskommune eller et interkommunalt selskap.',
      nn: 'Plikta ligg på kommunen, ikkje på krisesenteret. Ho gjeld òg når kommunen kjøper tilbodet frå ein vertskommune eller eit interkommunalt selskap.',
      en: 'The duty lies with the municipality, not with the crisis centre. It also applies when the municipality buys the service from a host municipality or an inter-municipal company.',
    },
    legalReferenceIds: ['krisesenterloven-1'],
  },
  {
    id: 'cc-open-free',
    group: 'crisis-centre-act',
    question: {
      nb: 'Er krisesentertilbudet gratis, åpent hele døgnet og uten krav om henvisning, også for personer fra andre kommuner?',
      nn: 'Er krisesentertilbodet gratis, ope heile døgnet og utan krav om tilvising, òg for personar frå andre kommunar?',
      en: 'Is the crisis centre service free, open around the clock and without a referral requirement, also for people from other municipalities?',
    },
    help: {
      nb: 'En avgjørelse fra statsforvalteren i 2019 sa at det ikke kan settes en fast grense for hvor lenge man kan bo, og at ingen kan prioriteres etter hjemkommune.',
      nn: 'Ei avgjerd frå statsforvaltaren i 2019 slo fast at det ikkje kan setjast ei fast grense for kor lenge ein kan bu der, og at ingen kan prioriterast etter heimkommune.',
      en: 'A 2019 ruling by the county governor said that no fixed limit can be set on how long people may stay, and that no one can be given priority by home municipality.',
    },
    legalReferenceIds: ['krisesenterloven-2'],
  },
  {
    id: 'cc-offer-parts',
    group: 'crisis-centre-act',
    question: {
      nb: 'Omfatter tilbudet trygt midlertidig botilbud, dagtilbud med samtaler, telefontjeneste og oppfølging i reetableringsfasen?',
      nn: 'Omfattar tilbodet eit trygt mellombels butilbod, dagtilbod med samtalar, telefonteneste og oppfølging i reetableringsfasen?',
      en: 'Does the service include safe temporary accommodation, a day service with counselling, a telephone service and follow-up in the re-establishment phase?',
    },
    help: {
      nb: 'Alle fire delene hører til tilbudet. Svar «delvis» hvis en del mangler eller er uklar, ofte oppfølgingen etter oppholdet.',
      nn: 'Alle dei fire delane høyrer til tilbodet. Svar «delvis» viss ein del manglar eller er uklar, ofte oppfølginga etter opphaldet.',
      en: 'All four parts belong to the service. Answer «partly» if one part is missing or unclear, often the follow-up after the stay.',
    },
    legalReferenceIds: ['krisesenterloven-2'],
  },
  {
    id: 'cc-web-information',
    group: 'crisis-centre-act',
    question: {
      nb: 'Finnes det informasjon om krisesentertilbudet på kommunens nettsted?',
      nn: 'Finst det informasjon om krisesentertilbodet på nettstaden til kommunen?',
      en: "Is there information about the crisis centre service on the municipality's website?",
    },
    help: {
      nb: 'Statsforvalterne fant brudd på § 2 i alle de 13 kommunene de førte tilsyn med, blant annet fordi informasjon på nettet manglet.',
      nn: 'Statsforvaltarane fann brot på § 2 i alle dei 13 kommunane dei førte tilsyn med, mellom anna fordi det mangla informasjon på nettet.',
      en: 'The county governors found breaches of § 2 in all 13 municipalities they supervised, partly because information online was missing.',
    },
    legalReferenceIds: ['krisesenterloven-2', 'kommuneloven-informasjon'],
  },
  {
    id: 'cc-access',
    group: 'crisis-centre-act',
    question: {
      nb: 'Har menn med barn og personer med rusproblemer eller psykisk sykdom reell tilgang til krisesentertilbudet?',
      nn: 'Har menn med barn og personar med rusproblem eller psykisk sjukdom reell tilgang til krisesentertilbodet?',
      en: 'Do men with children and people with substance use problems or mental illness have real access to the crisis centre service?',
    },
    help: {
      nb: 'Tilsynene fant at tilgangen for nettopp disse gruppene ofte manglet. Svar «ja» bare hvis det finnes en plass og en rutine for dem.',
      nn: 'Tilsyna fann at nettopp desse gruppene ofte mangla tilgang. Svar «ja» berre viss det finst ein plass og ein rutine for dei.',
      en: 'The supervisions found that access was often missing for exactly these groups. Answer «yes» only if there is a place and a routine for them.',
    },
    legalReferenceIds: ['krisesenterloven-2', 'krisesenterloven-3'],
  },
  {
    id: 'cc-adaptation',
    group: 'crisis-centre-act',
    question: {
      nb: 'Er tilbudet tilpasset brukere med særlige behov, med rutiner for tolk og universelt utformede lokaler?',
      nn: 'Er tilbodet tilpassa brukarar med særlege behov, med rutinar for tolk og universelt utforma lokale?',
      en: 'Is the service adapted to users with special needs, with routines for interpreters and universally designed premises?',
    },
    help: {
      nb: 'Personer med funksjonsnedsettelse var 28–30 % av beboerne (2019), men få sentre hadde rutiner for tegnspråk- eller døvblindetolk.',
      nn: 'Personar med funksjonsnedsetjing var 28–30 % av bebuarane (2019), men få senter hadde rutinar for teiknspråk- eller døvblindetolk.',
      en: 'People with disabilities made up 28–30 % of residents (2019), but few centres had routines for sign language or deafblind interpreters.',
    },
    legalReferenceIds: ['krisesenterloven-3'],
  },
  {
    id: 'cc-coordinated-follow-up',
    group: 'crisis-centre-act',
    question: {
      nb: 'Har kommunen rutiner for samordnet oppfølging mellom krisesenteret og de andre tjenestene?',
      nn: 'Har kommunen rutinar for samordna oppfølging mellom krisesenteret og dei andre tenestene?',
      en: 'Does the municipality have routines for coordinated follow-up between the crisis centre and the other services?',
    },
    help: {
      nb: 'Tilsynene fant mangler i den samordnede oppfølgingen etter et opphold. Individuell plan er et verktøy for samordningen.',
      nn: 'Tilsyna fann manglar i den samordna oppfølginga etter eit opphald. Individuell plan er eit verktøy for samordninga.',
      en: 'The supervisions found gaps in coordinated follow-up after a stay. An individual plan is one tool for coordination.',
    },
    legalReferenceIds: ['krisesenterloven-4'],
  },
  {
    id: 'ic-carried-out',
    group: 'internal-control',
    question: {
      nb: 'Er internkontroll av hele krisesentertilbudet gjennomført og dokumentert i år?',
      nn: 'Er internkontroll av heile krisesentertilbodet gjennomført og dokumentert i år?',
      en: 'Has internal control of the whole crisis centre service been carried out and documented this year?',
    },
    help: {
      nb: 'Fra 1. januar 2021 følger internkontrollen kommuneloven § 25-1 (før det krisesenterloven § 8). Den gjelder hele tilbudet, også kommunens egne tjenester. I KOSTRA for 2017 svarte 62 % av kommunene at de hadde slik internkontroll.',
      nn: 'Frå 1. januar 2021 følgjer internkontrollen kommunelova § 25-1 (før det krisesenterlova § 8). Han gjeld heile tilbodet, òg tenestene til kommunen sjølv. I KOSTRA for 2017 svarte 62 % av kommunane at dei hadde slik internkontroll.',
      en: "Since 1 January 2021 internal control has followed the Local Government Act § 25-1 (before that, the Crisis Centre Act § 8). It covers the whole service, including the municipality's own services. In KOSTRA for 2017, 62 % of municipalities said they had such internal control.",
    },
    legalReferenceIds: ['kommuneloven-25-1'],
  },
  {
    id: 'ic-partner-municipality',
    group: 'internal-control',
    question: {
      nb: 'Hvis kommunen kjøper krisesentertilbudet: har kommunen egen internkontroll og en navngitt kontakt med krisesenteret?',
      nn: 'Viss kommunen kjøper krisesentertilbodet: har kommunen eigen internkontroll og ein namngitt kontakt med krisesenteret?',
      en: 'If the municipality buys the crisis centre service: does it have its own internal control and a named contact with the crisis centre?',
    },
    help: {
      nb: 'Samarbeidskommuner kjenner plikten dårligere enn vertskommunene. Sentrene sier det er for lett å kjøpe tilbudet og overlate ansvaret til vertskommunen. Svar «ja» direkte hvis kommunen selv er vertskommune.',
      nn: 'Samarbeidskommunar kjenner plikta dårlegare enn vertskommunane. Sentera seier det er for lett å kjøpe tilbodet og overlate ansvaret til vertskommunen. Svar «ja» med ein gong viss kommunen sjølv er vertskommune.',
      en: 'Partner municipalities know the duty less well than host municipalities. The centres say it is too easy to buy the service and leave the responsibility to the host. Answer «yes» straight away if your municipality is the host.',
    },
    legalReferenceIds: ['kommuneloven-25-1'],
  },
  {
    id: 'ic-named-leader',
    group: 'internal-control',
    question: {
      nb: 'Følger en navngitt kommunal leder opp krisesenterloven og møter krisesenteret jevnlig?',
      nn: 'Følgjer ein namngitt kommunal leiar opp krisesenterlova og møter krisesenteret jamleg?',
      en: 'Does a named municipal leader follow up the Crisis Centre Act and meet the crisis centre regularly?',
    },
    help: {
      nb: 'I 2019 opplevde bare 25 % av sentrene tydelig kommunal ledelse, og 29,5 % sa at kommunen aldri hadde kontrollert om loven ble fulgt.',
      nn: 'I 2019 opplevde berre 25 % av sentera tydeleg kommunal leiing, og 29,5 % sa at kommunen aldri hadde kontrollert om lova vart følgd.',
      en: 'In 2019 only 25 % of the centres saw clear municipal leadership, and 29.5 % said their municipality had never checked whether the Act was followed.',
    },
    legalReferenceIds: ['kommuneloven-25-1', 'krisesenterloven-9'],
  },
  {
    id: 'health-act-routines',
    group: 'health-act',
    question: {
      nb: 'Har helse- og omsorgstjenesten rutiner for å forebygge, avdekke og avverge vold og seksuelle overgrep?',
      nn: 'Har helse- og omsorgstenesta rutinar for å førebyggje, avdekkje og avverje vald og seksuelle overgrep?',
      en: 'Do the health and care services have routines to prevent, detect and avert violence and sexual abuse?',
    },
    help: {
      nb: 'Plikten gjelder hele helse- og omsorgstjenesten: helsestasjon, fastleger, legevakt, psykisk helse og rus, hjemmetjenester og sykehjem. Svar «delvis» hvis bare noen av tjenestene har rutiner.',
      nn: 'Plikta gjeld heile helse- og omsorgstenesta: helsestasjonen, fastlegane, legevakta, psykisk helse og rus, heimetenestene og sjukeheimane. Svar «delvis» viss berre nokre av tenestene har rutinar.',
      en: 'The duty covers all health and care services: the child health clinic, GPs, the out-of-hours service, mental health and substance use services, home care and nursing homes. Answer «partly» if only some of the services have routines.',
    },
    legalReferenceIds: ['helse-omsorgstjenesteloven-3-3a'],
  },
  {
    id: 'kostra-adopted-plan',
    group: 'kostra',
    question: {
      nb: 'Har kommunen en politisk vedtatt plan mot vold i nære relasjoner?',
      nn: 'Har kommunen ein politisk vedteken plan mot vald i nære relasjonar?',
      en: 'Does the municipality have a politically adopted plan against domestic violence?',
    },
    help: {
      nb: 'KOSTRA-spørsmål 1. En egen plan og en interkommunal plan teller begge. En plan som har gått ut på dato, teller ikke. I 2017 hadde 222 kommuner en vedtatt plan.',
      nn: 'KOSTRA-spørsmål 1. Både ein eigen plan og ein interkommunal plan tel. Ein plan som har gått ut på dato, tel ikkje. I 2017 hadde 222 kommunar ein vedteken plan.',
      en: 'KOSTRA question 1. Both a plan of its own and an inter-municipal plan count. A plan that has expired does not count. In 2017, 222 municipalities had an adopted plan.',
    },
  },
  {
    id: 'kostra-coordinator',
    group: 'kostra',
    question: {
      nb: 'Har noen fått ansvaret for å koordinere kommunens arbeid mot vold i nære relasjoner?',
      nn: 'Har nokon fått ansvaret for å koordinere arbeidet kommunen gjer mot vald i nære relasjonar?',
      en: "Has someone been given responsibility for coordinating the municipality's work against domestic violence?",
    },
    help: {
      nb: 'KOSTRA-spørsmål 2. Ansvaret bør ligge i en stilling eller enhet, ikke hos en ildsjel, så det overlever at personen slutter.',
      nn: 'KOSTRA-spørsmål 2. Ansvaret bør liggje i ei stilling eller ei eining, ikkje hos ein eldsjel, så det lever vidare når personen sluttar.',
      en: 'KOSTRA question 2. The responsibility should lie with a position or a unit, not with one enthusiast, so that it survives the person leaving.',
    },
  },
  {
    id: 'kostra-crisis-centre-cooperation',
    group: 'kostra',
    question: {
      nb: 'Hvilke kommunale tjenester har formalisert samarbeid med krisesenteret om helhetlig oppfølging av brukerne?',
      nn: 'Kva kommunale tenester har formalisert samarbeid med krisesenteret om heilskapleg oppfølging av brukarane?',
      en: 'Which municipal services have formalised cooperation with the crisis centre on comprehensive follow-up of users?',
    },
    help: {
      nb: 'KOSTRA-spørsmål 3. Svar ut fra spørsmålene om skriftlige avtaler nedenfor, og før tjenestene inn i planens KOSTRA-opplysninger.',
      nn: 'KOSTRA-spørsmål 3. Svar ut frå spørsmåla om skriftlege avtalar nedanfor, og før tenestene inn i KOSTRA-opplysningane i planen.',
      en: "KOSTRA question 3. Answer from the questions on written agreements below, and enter the services in the plan's KOSTRA facts.",
    },
    legalReferenceIds: ['krisesenterloven-4'],
  },
];
