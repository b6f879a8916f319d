import type { DocumentLanguage } from '../docx/labels';

/**
 * The status form's layout, shared by the export and the import so both agree on where things are. The import
 * finds columns by their header text, so a form whose columns were moved still reads.
 */
export const FORM_MARKER = 'planhjulet-statusskjema';
export const FORM_VERSION = 1;
export const FORM_SHEET = 'Statusskjema';
export const META_SHEET = 'Planhjulet';
/** The first column's header, the same in both languages: the import finds the header row by it. */
export const MEASURE_ID_HEADER = 'Tiltaks-id';

export type FixedColumnKey =
  | 'measureId'
  | 'number'
  | 'title'
  | 'deadline'
  | 'lastStatus'
  | 'lastNarrative'
  | 'status'
  | 'asOf'
  | 'narrative'
  | 'nextStep'
  | 'risk'
  | 'decisionNeeded'
  | 'decisionText'
  | 'reason'
  | 'reportedBy';

export interface ColumnSpec {
  key: FixedColumnKey;
  /** The column's header in each form language; the import knows a column by either. */
  header: Record<DocumentLanguage, string>;
  width: number;
  /** Filled in by the owner (unlocked, yellow); the others are read-only. */
  editable: boolean;
  hidden?: boolean;
}

const same = (text: string) => ({ nb: text, nn: text });

/** Columns before the indicator columns. */
export const LEADING_COLUMNS: ColumnSpec[] = [
  { key: 'measureId', header: same(MEASURE_ID_HEADER), width: 12, editable: false, hidden: true },
  { key: 'number', header: same('Nr.'), width: 6, editable: false },
  { key: 'title', header: same('Tiltak'), width: 40, editable: false },
  { key: 'deadline', header: same('Frist'), width: 12, editable: false },
  { key: 'lastStatus', header: same('Siste status'), width: 26, editable: false },
  {
    key: 'lastNarrative',
    header: { nb: 'Siste beskrivelse', nn: 'Siste skildring' },
    width: 40,
    editable: false,
  },
  { key: 'status', header: same('Status'), width: 28, editable: true },
  { key: 'asOf', header: same('Per dato'), width: 12, editable: true },
  {
    key: 'narrative',
    header: { nb: 'Beskrivelse (hva er gjort)', nn: 'Skildring (kva er gjort)' },
    width: 45,
    editable: true,
  },
  { key: 'nextStep', header: same('Neste steg'), width: 35, editable: true },
  { key: 'risk', header: same('Risiko'), width: 11, editable: true },
  { key: 'decisionNeeded', header: { nb: 'Trenger vedtak', nn: 'Treng vedtak' }, width: 10, editable: true },
  { key: 'decisionText', header: { nb: 'Hvilket vedtak', nn: 'Kva vedtak' }, width: 35, editable: true },
  { key: 'reason', header: { nb: 'Begrunnelse', nn: 'Grunngjeving' }, width: 40, editable: true },
];

/** After the indicator columns. */
export const TRAILING_COLUMNS: ColumnSpec[] = [
  { key: 'reportedBy', header: same('Rapportert av'), width: 22, editable: true },
];

/** A fixed column's header in a form language, for texts that name the column. */
export function columnHeader(key: FixedColumnKey, language: DocumentLanguage): string {
  const spec = [...LEADING_COLUMNS, ...TRAILING_COLUMNS].find((c) => c.key === key);
  return spec ? spec.header[language] : key;
}

/**
 * Per indicator slot n (1-based): a hidden id, the indicator's name (read-only) and the value to fill in. The
 * words are the same in Bokmål and Nynorsk.
 */
export const indicatorHeaders = (n: number) => ({
  id: `Indikator-id ${n}`,
  name: `Indikator ${n}`,
  value: `Verdi ${n}`,
});

export const YES = 'Ja';
export const NO = 'Nei';
export const DATE_FORMAT = 'dd.mm.yyyy';

/** Rows above the table: title, plan line, instructions, a blank row. The header row follows. */
export const HEADER_ROW = 7;
