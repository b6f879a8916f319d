import { message } from '../messages/message';
import { type RowProblem, rowProblem } from './importPreview';
import { foldName } from './normalise';

/** The columns of a measure list (DESIGN.md «Measure import columns»). Only `title` is required. */
export type MeasureColumn =
  | 'focusArea'
  | 'title'
  | 'description'
  | 'owner'
  | 'partners'
  | 'start'
  | 'deadline'
  | 'period'
  | 'status'
  | 'comment'
  | 'funding'
  | 'grantScheme'
  | 'grantEnd'
  | 'municipality';

/** The header name in the format, then other names people use for the same column, in Bokmål and Nynorsk. */
const ALIASES: Record<MeasureColumn, readonly string[]> = {
  focusArea: ['Satsingsområde', 'Satsningsområde', 'Innsatsområde', 'Område'],
  title: ['Tiltak', 'Tittel', 'Tiltakstittel'],
  description: [
    'Beskrivelse',
    'Tiltaksbeskrivelse',
    'Innhold',
    'Skildring',
    'Tiltaksskildring',
    'Beskriving',
    'Innhald',
  ],
  owner: [
    'Ansvarlig',
    'Ansvar',
    'Ansvarlig enhet',
    'Tiltakseier',
    'Eier',
    'Hovedansvarlig',
    'Ansvarleg',
    'Ansvarleg eining',
    'Tiltakseigar',
    'Eigar',
    'Hovudansvarleg',
  ],
  partners: [
    'Samarbeidspartnere',
    'Samarbeidspartner',
    'Samarbeid',
    'Partnere',
    'Medansvarlige',
    'Medansvarlig',
    'Samarbeidspartnarar',
    'Samarbeidspartnar',
    'Partnarar',
    'Medansvarlege',
    'Medansvarleg',
  ],
  start: ['Start', 'Startdato', 'Oppstart', 'Fra dato'],
  deadline: ['Frist', 'Tidsfrist', 'Sluttdato', 'Ferdig'],
  period: ['Tidsrom', 'Periode', 'Tidsperiode', 'År'],
  status: ['Status'],
  comment: ['Kommentar', 'Begrunnelse', 'Merknad', 'Kommentarer', 'Grunngjeving', 'Kommentarar'],
  funding: ['Finansiering', 'Finansieringskilde', 'Finansieringskjelde'],
  grantScheme: ['Tilskuddsordning', 'Tilskotsordning'],
  grantEnd: ['Tilskudd til', 'Tilskot til', 'Tilskuddet slutter', 'Tilskotet sluttar'],
  /** Which of the plan's municipalities the measure applies to; empty = all of them. */
  municipality: ['Kommune', 'Kommuner', 'Gjelder kommune', 'Gjeld kommune'],
};

export const COLUMN_NAMES: Record<MeasureColumn, string> = Object.fromEntries(
  Object.entries(ALIASES).map(([key, names]) => [key, names[0]]),
) as Record<MeasureColumn, string>;

const BY_FOLDED = new Map<string, MeasureColumn>(
  (Object.entries(ALIASES) as [MeasureColumn, readonly string[]][]).flatMap(([key, names]) =>
    names.map((name) => [foldName(name), key] as const),
  ),
);

export interface ColumnMap {
  /** Column index of each known column present. */
  index: Partial<Record<MeasureColumn, number>>;
  /** Header names that are not measure columns; their cells are not imported. */
  ignored: string[];
  problems: RowProblem[];
}

/** Recognises the header row, tolerant of case, diacritics and spacing. */
export function mapColumns(header: readonly string[], line: number): ColumnMap {
  const index: Partial<Record<MeasureColumn, number>> = {};
  const ignored: string[] = [];
  const problems: RowProblem[] = [];
  header.forEach((raw, i) => {
    const name = raw.trim();
    if (name === '') return;
    const key = BY_FOLDED.get(foldName(name));
    if (key === undefined) {
      ignored.push(name);
    } else if (index[key] !== undefined) {
      problems.push(
        rowProblem(
          line,
          message('import.column-twice', {
            column: COLUMN_NAMES[key],
            first: header[index[key]]?.trim() ?? '',
            second: name,
          }),
        ),
      );
    } else {
      index[key] = i;
    }
  });
  if (index.title === undefined) {
    problems.push(
      rowProblem(
        line,
        message('import.title-column-missing', { columns: Object.values(COLUMN_NAMES).join('; ') }),
      ),
    );
  }
  return { index, ignored, problems };
}
