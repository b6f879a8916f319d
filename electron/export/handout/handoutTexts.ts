import type { OpenQuestion } from '../../../core/workshop/openQuestions';
import type { DocumentLanguage } from '../docx/labels';

/** Every fixed text of the workshop handout, in Bokmål and Nynorsk. */
export interface HandoutTexts {
  lacks: Record<OpenQuestion, string>;
  and: string;
  yearly: string;
  byOwner: string;
  noMeasures: string;
  noOwner: string;
  tableHeader: readonly string[];
  openQuestions: string;
  noOpenQuestions: string;
  openQuestionsIntro: string;
  lacking(number: string, title: string, lacks: string): string;
  ideas: string;
  ideasIntro: string;
  noFocusArea: string;
  votes(count: number): string;
  summary(counts: {
    measures: number;
    areas: number;
    owner: number;
    deadline: number;
    indicator: number;
  }): string[];
  title(planTitle: string): string;
  description(municipality: string): string;
  footer(planTitle: string): string;
  pageOf: string;
  heading(planTitle: string): string;
  subtitle(municipality: string, from: number, to: number, date: string): string;
  intro: string;
  summaryHeading: string;
}

const nb: HandoutTexts = {
  lacks: { owner: 'ansvarlig enhet', deadline: 'frist', indicator: 'indikator' },
  and: 'og',
  yearly: 'Årlig',
  byOwner: 'Tiltak etter ansvarlig enhet',
  noMeasures: 'Utkastet har ingen tiltak ennå.',
  noOwner: 'Uten ansvarlig enhet',
  tableHeader: ['Nr.', 'Tiltak', 'Satsingsområde', 'Frist', 'Mangler'],
  openQuestions: 'Åpne spørsmål',
  noOpenQuestions: 'Ingen åpne spørsmål: alle tiltak har ansvarlig enhet, frist og indikator.',
  openQuestionsIntro:
    'Disse tiltakene må avklares før planen sendes på høring. Et tiltak uten ansvarlig, frist eller indikator blir lett et løfte ingen følger opp.',
  lacking: (number, title, lacks) => `${number} ${title}: mangler ${lacks}.`,
  ideas: 'Ideer som ikke er gjort til tiltak',
  ideasIntro: 'Ideene fra verkstedet som gruppen ikke har gjort til tiltak ennå, med flest stemmer først.',
  noFocusArea: 'Uten satsingsområde',
  votes: (count) => (count === 1 ? '1 stemme' : `${count} stemmer`),
  summary: (c) => [
    `${c.measures} tiltak i ${c.areas} satsingsområder`,
    `${c.owner} tiltak mangler ansvarlig enhet`,
    `${c.deadline} tiltak mangler frist`,
    `${c.indicator} tiltak mangler indikator`,
  ],
  title: (planTitle) => `Arbeidsverksted – ${planTitle}`,
  description: (municipality) => `Utkast til handlingsplan for ${municipality} etter arbeidsverksted`,
  footer: (planTitle) => `${planTitle} – utkast fra arbeidsverksted – side `,
  pageOf: ' av ',
  heading: (planTitle) => `Arbeidsverksted: ${planTitle}`,
  subtitle: (municipality, from, to, date) =>
    `${municipality} · planperiode ${from}–${to} · utkast per ${date}`,
  intro:
    'Dette er utkastet slik arbeidsgruppen la det igjen i verkstedet, ordnet etter hvem som har ansvaret for hvert tiltak. Ta det med tilbake til enheten, og avklar de åpne spørsmålene før neste møte.',
  summaryHeading: 'Oppsummering',
};

const nn: HandoutTexts = {
  lacks: { owner: 'ansvarleg eining', deadline: 'frist', indicator: 'indikator' },
  and: 'og',
  yearly: 'Årleg',
  byOwner: 'Tiltak etter ansvarleg eining',
  noMeasures: 'Utkastet har ingen tiltak enno.',
  noOwner: 'Utan ansvarleg eining',
  tableHeader: ['Nr.', 'Tiltak', 'Satsingsområde', 'Frist', 'Manglar'],
  openQuestions: 'Opne spørsmål',
  noOpenQuestions: 'Ingen opne spørsmål: alle tiltak har ansvarleg eining, frist og indikator.',
  openQuestionsIntro:
    'Desse tiltaka må avklarast før planen blir send på høyring. Eit tiltak utan ansvarleg, frist eller indikator blir lett ein lovnad som ingen følgjer opp.',
  lacking: (number, title, lacks) => `${number} ${title}: manglar ${lacks}.`,
  ideas: 'Idear som ikkje er gjorde om til tiltak',
  ideasIntro: 'Ideane frå verkstaden som gruppa ikkje har gjort om til tiltak enno, med flest røyster først.',
  noFocusArea: 'Utan satsingsområde',
  votes: (count) => (count === 1 ? '1 røyst' : `${count} røyster`),
  summary: (c) => [
    `${c.measures} tiltak i ${c.areas} satsingsområde`,
    `${c.owner} tiltak manglar ansvarleg eining`,
    `${c.deadline} tiltak manglar frist`,
    `${c.indicator} tiltak manglar indikator`,
  ],
  title: (planTitle) => `Arbeidsverkstad – ${planTitle}`,
  description: (municipality) => `Utkast til handlingsplan for ${municipality} etter arbeidsverkstad`,
  footer: (planTitle) => `${planTitle} – utkast frå arbeidsverkstad – side `,
  pageOf: ' av ',
  heading: (planTitle) => `Arbeidsverkstad: ${planTitle}`,
  subtitle: (municipality, from, to, date) =>
    `${municipality} · planperiode ${from}–${to} · utkast per ${date}`,
  intro:
    'Dette er utkastet slik arbeidsgruppa la det att i verkstaden, ordna etter kven som har ansvaret for kvart tiltak. Ta det med tilbake til eininga, og avklar dei opne spørsmåla før neste møte.',
  summaryHeading: 'Samandrag',
};

export const HANDOUT_TEXTS: Record<DocumentLanguage, HandoutTexts> = { nb, nn };
