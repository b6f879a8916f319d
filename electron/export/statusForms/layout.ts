/**
 * The status form's layout, shared by the export and the import so both agree on where things are. The import
 * finds columns by their header text, so a form whose columns were moved still reads.
 */
export const FORM_MARKER = 'planhjulet-statusskjema';
export const FORM_VERSION = 1;
export const FORM_SHEET = 'Statusskjema';
export const META_SHEET = 'Planhjulet';

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
  header: string;
  width: number;
  /** Filled in by the owner (unlocked, yellow); the others are read-only. */
  editable: boolean;
  hidden?: boolean;
}

/** Columns before the indicator columns. */
export const LEADING_COLUMNS: ColumnSpec[] = [
  { key: 'measureId', header: 'Tiltaks-id', width: 12, editable: false, hidden: true },
  { key: 'number', header: 'Nr.', width: 6, editable: false },
  { key: 'title', header: 'Tiltak', width: 40, editable: false },
  { key: 'deadline', header: 'Frist', width: 12, editable: false },
  { key: 'lastStatus', header: 'Siste status', width: 26, editable: false },
  { key: 'lastNarrative', header: 'Siste beskrivelse', width: 40, editable: false },
  { key: 'status', header: 'Status', width: 28, editable: true },
  { key: 'asOf', header: 'Per dato', width: 12, editable: true },
  { key: 'narrative', header: 'Beskrivelse (hva er gjort)', width: 45, editable: true },
  { key: 'nextStep', header: 'Neste steg', width: 35, editable: true },
  { key: 'risk', header: 'Risiko', width: 11, editable: true },
  { key: 'decisionNeeded', header: 'Trenger vedtak', width: 10, editable: true },
  { key: 'decisionText', header: 'Hvilket vedtak', width: 35, editable: true },
  { key: 'reason', header: 'Begrunnelse', width: 40, editable: true },
];

/** After the indicator columns. */
export const TRAILING_COLUMNS: ColumnSpec[] = [
  { key: 'reportedBy', header: 'Rapportert av', width: 22, editable: true },
];

/** Per indicator slot n (1-based): a hidden id, the indicator's name (read-only) and the value to fill in. */
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
