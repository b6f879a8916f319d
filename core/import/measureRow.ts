import { type Message, message } from '../messages/message';
import { findMunicipality, planMunicipalities } from '../municipalities/municipalities';
import { Measure } from '../schema/measure';
import type { Plan } from '../schema/plan';
import { STATUSES_NEEDING_REASON } from '../schema/status';
import { parseDateCell, parseStatusCell, parseYearSpanCell, splitNames } from './cellValues';
import { COLUMN_NAMES, type ColumnMap, type MeasureColumn } from './columns';
import { parseFundingCells } from './fundingCells';
import { type ImportedRow, type RowProblem, rowProblem } from './importPreview';
import { type AreaRef, type NameRefs, UNSORTED_FOCUS_AREA, type UnitRef } from './nameRefs';

export interface ParsedRow {
  row: ImportedRow;
  area: AreaRef;
  owner: UnitRef | null;
  partners: UnitRef[];
}

/**
 * Reads one row of the list: the measure it describes with its focus area, owner and partners, or every problem
 * it has. Warnings (no focus area) are added to `warnings`.
 */
export function readMeasureRow(
  plan: Plan,
  { line, cells }: { line: number; cells: readonly string[] },
  columns: ColumnMap,
  { unitRef, areaRef }: NameRefs,
  warnings: RowProblem[],
): ParsedRow | { problems: RowProblem[] } {
  const cell = (column: MeasureColumn) => {
    const i = columns.index[column];
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const rowProblems: RowProblem[] = [];
  const fail = (text: Message) => rowProblems.push(rowProblem(line, text));

  const title = cell('title');
  if (title === '') fail(message('import.title-empty'));

  const area = areaRef(cell('focusArea'), line);
  if ('message' in area) rowProblems.push(area);
  if (!('message' in area) && cell('focusArea') === '' && columns.index.focusArea !== undefined) {
    warnings.push(rowProblem(line, message('import.no-focus-area', { area: UNSORTED_FOCUS_AREA })));
  }

  const municipalities: string[] = [];
  for (const name of splitNames(cell('municipality'))) {
    const found = findMunicipality(plan, name);
    if (found) municipalities.push(found.name);
    else {
      const known = planMunicipalities(plan)
        .map((m) => m.name)
        .join(', ');
      fail(message('municipality.unknown', { name, known }));
    }
  }

  const ownerName = cell('owner');
  const owner = ownerName === '' ? null : unitRef(ownerName);
  const partners = splitNames(cell('partners'))
    .map(unitRef)
    .filter((p, i, all) => {
      const key = JSON.stringify(p.ref);
      return key !== JSON.stringify(owner?.ref) && all.findIndex((q) => JSON.stringify(q.ref) === key) === i;
    });

  const dates: { start?: string; deadline?: string } = {};
  for (const column of ['start', 'deadline'] as const) {
    if (cell(column) === '') continue;
    const date = parseDateCell(cell(column), COLUMN_NAMES[column]);
    if (date.ok) dates[column] = date.value;
    else fail(date.text);
  }
  if (dates.start && dates.deadline && dates.start > dates.deadline) {
    fail(message('import.start-after-deadline', { start: dates.start, deadline: dates.deadline }));
  }
  let period: { from: number; to: number } | undefined;
  if (cell('period') !== '') {
    const span = parseYearSpanCell(cell('period'));
    if (span.ok) period = span.value;
    else fail(span.text);
  }

  let status: ImportedRow['status'];
  const comment = cell('comment');
  if (cell('status') !== '') {
    const parsedStatus = parseStatusCell(cell('status'));
    if (!parsedStatus.ok) fail(parsedStatus.text);
    else if (parsedStatus.value !== null) status = parsedStatus.value;
    if (status && STATUSES_NEEDING_REASON.includes(status) && comment === '') {
      fail(message('import.reason-required', { status: cell('status') }));
    }
  }
  if (comment !== '' && cell('status') === '') {
    fail(message('import.comment-without-status'));
  }

  const money = parseFundingCells(
    { funding: cell('funding'), scheme: cell('grantScheme'), grantEnd: cell('grantEnd') },
    { grantEnd: COLUMN_NAMES.grantEnd },
  );
  for (const text of money.problems) fail(text);

  const fields = {
    title,
    description: cell('description'),
    contactPerson: '',
    ...dates,
    ...(period ? { period } : {}),
  };
  const check = Measure.safeParse({ id: 'check', focusAreaId: 'check', ...fields });
  if (!check.success && title !== '') {
    for (const issue of check.error.issues) {
      const column =
        issue.path[0] === 'title'
          ? 'Tiltak'
          : issue.path[0] === 'description'
            ? 'Beskrivelse'
            : String(issue.path[0]);
      fail(message('import.field-invalid', { column, problem: issue.message }));
    }
  }
  for (const name of [ownerName, ...splitNames(cell('partners'))]) {
    if (name.length > 500) fail(message('import.unit-name-too-long', { start: name.slice(0, 40), max: 500 }));
  }
  if (rowProblems.length > 0 || 'message' in area) return { problems: rowProblems };
  return {
    area: area.ref,
    owner: owner?.ref ?? null,
    partners: partners.map((p) => p.ref),
    row: {
      line,
      focusArea: area.title,
      focusAreaIsNew: area.isNew,
      title,
      description: fields.description,
      owner: owner?.name ?? null,
      ownerIsNew: owner?.isNew ?? false,
      partners: partners.map((p) => p.name),
      ...dates,
      ...(period ? { period } : {}),
      ...(status ? { status } : {}),
      comment,
      ...money.value,
      ...(municipalities.length > 0 ? { municipalities } : {}),
    },
  };
}
