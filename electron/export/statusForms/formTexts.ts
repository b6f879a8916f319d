import { format } from 'date-fns/format';
import { nb } from 'date-fns/locale/nb';
import { nn } from 'date-fns/locale/nn';
import { parseISO } from 'date-fns/parseISO';
import { STATUS_LABELS } from '../../../core/labels/domainLabels';
import type { DocumentLanguage } from '../docx/labels';
import { columnHeader } from './layout';

interface IntroFacts {
  planTitle: string;
  municipality: string;
  start: string;
  end: string;
  deadline: string;
  coordinator: string;
}

/** Every fixed text a status form shows its owner, besides the column headers (layout.ts). */
export interface FormTexts {
  intro(facts: IntroFacts): string[];
  notReported: string;
  statusList: { errorTitle: string; error: string; prompt: string };
  riskList: { errorTitle: string; error(labels: readonly string[]): string };
  yesNo: { errorTitle: string; error: string };
  date: { errorTitle: string; error: string };
}

const shortDate = (iso: string) => format(parseISO(iso), 'd.M.yyyy');

const nbTexts: FormTexts = {
  intro: (f) => [
    `${f.planTitle} (${f.municipality}). Rapporteringsperiode ${shortDate(f.start)}–${shortDate(f.end)}. Frist for å sende inn: ${format(parseISO(f.deadline), 'd. MMMM yyyy', { locale: nb })}.`,
    `Fyll ut de gule kolonnene for hvert tiltak, og velg status fra listen. «${STATUS_LABELS.changed.nb}» og «${STATUS_LABELS.stopped.nb}» krever en begrunnelse; skriv også hvorfor et tiltak er forsinket.`,
    `«${columnHeader('asOf', 'nb')}» er datoen statusen gjelder. Skriv Ja under «${columnHeader('decisionNeeded', 'nb')}» hvis tiltaket trenger et politisk eller administrativt vedtak, og hvilket. La raden stå tom hvis du ikke har noe nytt å melde.`,
    `De grå kolonnene er låst. Send skjemaet tilbake til ${f.coordinator || 'planens koordinator'} uten å endre filnavnet eller arkfanene.`,
  ],
  notReported: STATUS_LABELS['no-report'].nb,
  statusList: {
    errorTitle: 'Ukjent status',
    error: 'Velg en status fra listen.',
    prompt: `«${STATUS_LABELS['done-late'].nb}» settes automatisk når «${STATUS_LABELS.done.nb}» kommer etter fristen.`,
  },
  riskList: { errorTitle: 'Ukjent risiko', error: (labels) => `Velg ${labels.join(', ')}.` },
  yesNo: { errorTitle: 'Ja eller Nei', error: 'Skriv Ja eller Nei.' },
  date: { errorTitle: 'Ugyldig dato', error: 'Skriv datoen som dd.mm.åååå.' },
};

const nnTexts: FormTexts = {
  intro: (f) => [
    `${f.planTitle} (${f.municipality}). Rapporteringsperiode ${shortDate(f.start)}–${shortDate(f.end)}. Frist for innsending: ${format(parseISO(f.deadline), 'd. MMMM yyyy', { locale: nn })}.`,
    `Fyll ut dei gule kolonnane for kvart tiltak, og vel status frå lista. «${STATUS_LABELS.changed.nn}» og «${STATUS_LABELS.stopped.nn}» krev ei grunngjeving; skriv òg kvifor eit tiltak er forseinka.`,
    `«${columnHeader('asOf', 'nn')}» er datoen statusen gjeld. Skriv Ja under «${columnHeader('decisionNeeded', 'nn')}» dersom tiltaket treng eit politisk eller administrativt vedtak, og kva vedtak. La rada stå tom dersom du ikkje har noko nytt å melde.`,
    `Dei grå kolonnane er låste. Send skjemaet tilbake til ${f.coordinator || 'koordinatoren for planen'} utan å endre filnamnet eller arkfanene.`,
  ],
  notReported: STATUS_LABELS['no-report'].nn,
  statusList: {
    errorTitle: 'Ukjend status',
    error: 'Vel ein status frå lista.',
    prompt: `«${STATUS_LABELS['done-late'].nn}» blir sett automatisk når «${STATUS_LABELS.done.nn}» kjem etter fristen.`,
  },
  riskList: { errorTitle: 'Ukjend risiko', error: (labels) => `Vel ${labels.join(', ')}.` },
  yesNo: { errorTitle: 'Ja eller Nei', error: 'Skriv Ja eller Nei.' },
  date: { errorTitle: 'Ugyldig dato', error: 'Skriv datoen som dd.mm.åååå.' },
};

export const FORM_TEXTS: Record<DocumentLanguage, FormTexts> = { nb: nbTexts, nn: nnTexts };
