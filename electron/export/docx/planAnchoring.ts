import type { FileChild } from 'docx';
import {
  STEERING_DOCUMENT_KINDS,
  steeringDocument,
  steeringGoalRows,
} from '../../../core/anchoring/anchoringMap';
import { STEERING_DOCUMENT_LABELS } from '../../../core/lifecycle/labels';
import type { SteeringDocumentEntry } from '../../../core/schema/lifecycle';
import type { Plan } from '../../../core/schema/plan';
import { type DocumentLanguage, EXPORT_LABELS } from './labels';
import { dataTable } from './tables';
import { heading, line } from './text';

const WORDS: Record<
  DocumentLanguage,
  {
    title: string;
    intro: string;
    document: string;
    present: string;
    reference: string;
    presence: Record<'yes' | 'partly' | 'no' | 'unanswered', string>;
    caseNumber: string;
    goals: string;
    goalsIntro: string;
    noGoals: string;
    focusArea: string;
    goal: string;
    code: string;
  }
> = {
  nb: {
    title: 'Forankring i kommunens styringsdokumenter',
    intro:
      'Tabellen viser om arbeidet mot vold i nære relasjoner er omtalt i kommunens styringsdokumenter, og hvor.',
    document: 'Styringsdokument',
    present: 'Omtalt',
    reference: 'Referanse',
    presence: { yes: 'Ja', partly: 'Delvis', no: 'Nei', unanswered: 'Ikke vurdert' },
    caseNumber: 'sak',
    goals: 'Styringsmål',
    goalsIntro: 'Disse målene i planen er styringsmål i kommunens handlingsdel eller økonomiplan:',
    noGoals: 'Ingen av planens mål er merket som styringsmål.',
    focusArea: 'Satsingsområde',
    goal: 'Mål',
    code: 'Kode',
  },
  nn: {
    title: 'Forankring i kommunen sine styringsdokument',
    intro:
      'Tabellen viser om arbeidet mot vald i nære relasjonar er omtalt i styringsdokumenta til kommunen, og kvar.',
    document: 'Styringsdokument',
    present: 'Omtalt',
    reference: 'Referanse',
    presence: { yes: 'Ja', partly: 'Delvis', no: 'Nei', unanswered: 'Ikkje vurdert' },
    caseNumber: 'sak',
    goals: 'Styringsmål',
    goalsIntro: 'Desse måla i planen er styringsmål i handlingsdelen eller økonomiplanen til kommunen:',
    noGoals: 'Ingen av måla i planen er merkte som styringsmål.',
    focusArea: 'Satsingsområde',
    goal: 'Mål',
    code: 'Kode',
  },
};

function reference(entry: SteeringDocumentEntry, language: DocumentLanguage): string {
  const words = WORDS[language];
  return [
    entry.document.trim(),
    entry.year !== undefined ? String(entry.year) : '',
    entry.caseNumber.trim() ? `${words.caseNumber} ${entry.caseNumber.trim()}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** Appendix «Forankring i kommunens styringsdokumenter»: the anchoring map and the goals that are steering goals. */
export function anchoringAppendix(plan: Plan, language: DocumentLanguage, number: number): FileChild[] {
  const words = WORDS[language];
  const labels = EXPORT_LABELS[language];
  const children: FileChild[] = [
    heading(`${labels.appendix} ${number}: ${words.title}`, 1, { pageBreakBefore: true }),
    line(words.intro),
    dataTable(
      [
        { header: words.document, share: 0.38 },
        { header: words.present, share: 0.14 },
        { header: words.reference, share: 0.48 },
      ],
      STEERING_DOCUMENT_KINDS.map((kind) => {
        const entry = steeringDocument(plan, kind);
        return {
          cells: [
            STEERING_DOCUMENT_LABELS[kind][language],
            words.presence[entry.presence ?? 'unanswered'],
            reference(entry, language),
          ],
        };
      }),
    ),
  ];
  const goals = steeringGoalRows(plan);
  children.push(heading(words.goals, 2));
  if (goals.length === 0) {
    children.push(line(words.noGoals, { run: { italics: true } }));
    return children;
  }
  children.push(
    line(words.goalsIntro),
    dataTable(
      [
        { header: words.focusArea, share: 0.3 },
        { header: words.goal, share: 0.5 },
        { header: words.code, share: 0.2 },
      ],
      goals.map((g) => ({ cells: [`${g.focusAreaNumber}. ${g.focusArea}`, g.goal, g.code] })),
    ),
  );
  return children;
}
