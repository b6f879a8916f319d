import type ExcelJS from 'exceljs';
import { periodLabel, STATUS_LABELS } from '../../../core/labels/domainLabels';
import type { Measure } from '../../../core/schema/measure';
import type { Plan } from '../../../core/schema/plan';
import { effectiveStatus, latestUpdateByMeasure } from '../../../core/status/summary';
import { documentLanguageOf } from '../docx/labels';
import { FORM_TEXTS } from './formTexts';
import { type ColumnSpec, columnHeader, indicatorHeaders, LEADING_COLUMNS, TRAILING_COLUMNS } from './layout';

export interface Column extends Omit<ColumnSpec, 'key' | 'header'> {
  key: string;
  /** In the form's language. */
  header: string;
  value(measure: Measure): ExcelJS.CellValue;
}

/** A calendar date as Excel stores it: midnight UTC, so no time zone moves it to the day before. */
export const excelDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

type Latest = ReturnType<typeof latestUpdateByMeasure>;

function leadingValue(
  key: ColumnSpec['key'],
  plan: Plan,
  latest: Latest,
  numberOf: Map<string, string>,
): (measure: Measure) => ExcelJS.CellValue {
  const language = documentLanguageOf(plan);
  const texts = FORM_TEXTS[language];
  switch (key) {
    case 'measureId':
      return (m) => m.id;
    case 'number':
      return (m) => numberOf.get(m.id) ?? '';
    case 'title':
      return (m) => m.title;
    case 'deadline':
      return (m) => (m.deadline ? excelDate(m.deadline) : null);
    case 'lastStatus':
      return (m) => {
        const update = latest.get(m.id);
        if (!update) return texts.notReported;
        return `${STATUS_LABELS[effectiveStatus(update, m)][language]} (${periodLabel(update.periodId)})`;
      };
    case 'lastNarrative':
      return (m) => {
        const update = latest.get(m.id);
        if (!update) return null;
        return (
          [update.narrative, update.reason && `${columnHeader('reason', language)}: ${update.reason}`]
            .filter(Boolean)
            .join('\n') || null
        );
      };
    default:
      return () => null;
  }
}

/** Three columns per indicator slot: its hidden id, its name and target, and the value to fill in. */
function indicatorColumns(slot: number): Column[] {
  const headers = indicatorHeaders(slot + 1);
  const indicator = (m: Measure) => m.indicators[slot];
  return [
    {
      key: `indicatorId${slot + 1}`,
      header: headers.id,
      width: 10,
      editable: false,
      hidden: true,
      value: (m) => indicator(m)?.id ?? null,
    },
    {
      key: `indicatorName${slot + 1}`,
      header: headers.name,
      width: 28,
      editable: false,
      value: (m) => {
        const found = indicator(m);
        if (!found) return null;
        const target = found.target ? ` (mål: ${found.target}${found.unit ? ` ${found.unit}` : ''})` : '';
        return `${found.name}${target}`;
      },
    },
    { key: `indicatorValue${slot + 1}`, header: headers.value, width: 12, editable: true, value: () => null },
  ];
}

/** The form's columns for these measures: locked context, one slot per indicator the measures have, then answers. */
export function formColumns(
  plan: Plan,
  periodId: string,
  rows: ReadonlyArray<{ measure: Measure; number: string }>,
) {
  const latest = latestUpdateByMeasure(plan, periodId);
  const numberOf = new Map(rows.map((r) => [r.measure.id, r.number]));
  const indicatorSlots = Math.max(0, ...rows.map((r) => r.measure.indicators.length));
  const language = documentLanguageOf(plan);
  const inLanguage = (spec: ColumnSpec) => ({ ...spec, header: spec.header[language] });
  return [
    ...LEADING_COLUMNS.map((spec) => ({
      ...inLanguage(spec),
      value: leadingValue(spec.key, plan, latest, numberOf),
    })),
    ...Array.from({ length: indicatorSlots }, (_, slot) => indicatorColumns(slot)).flat(),
    ...TRAILING_COLUMNS.map((spec) => ({ ...inLanguage(spec), value: () => null })),
  ] satisfies Column[];
}
