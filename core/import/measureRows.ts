import { format } from 'date-fns';
import { newId } from '../ids';
import { type Message, message } from '../messages/message';
import { setUnitMunicipality } from '../municipalities/edits';
import { findMunicipality, isInterMunicipal, planMunicipalities } from '../municipalities/municipalities';
import { addFocusArea, isUntouchedTemplateArea, removeFocusArea } from '../plan/focusAreas';
import { addMeasure } from '../plan/measures';
import { addUnit } from '../plan/units';
import { periodContaining, reportingPeriods } from '../reporting/periods';
import { Measure, type Resources } from '../schema/measure';
import type { Plan } from '../schema/plan';
import { STATUSES_NEEDING_REASON, StatusUpdate } from '../schema/status';
import { parseDateCell, parseStatusCell, parseYearSpanCell, splitNames } from './cellValues';
import { COLUMN_NAMES, type MeasureColumn, mapColumns } from './columns';
import { parseFundingCells } from './fundingCells';
import { type ImportedRow, type MeasureImportPreview, type RowProblem, rowProblem } from './importPreview';
import { foldName, matchByName, matchBySimilarName } from './normalise';

/**
 * The records of a CSV or XLSX file, with the line (row) each starts on. The header is the first non-empty row
 * that names the «Tiltak» column (title lines above it are skipped).
 */
export interface MeasureTable {
  rows: readonly { line: number; cells: readonly string[] }[];
}

export interface MeasureImportOptions {
  fileName: string;
  now: Date;
}

export interface MeasureImportCounts {
  imported: number;
  newUnits: number;
  newFocusAreas: number;
  statusUpdates: number;
  periodId: string | null;
}

export interface MeasureImportPlan {
  preview: MeasureImportPreview;
  /** The plan with everything imported; null when any row (or the file) has a problem. */
  result: { plan: Plan; counts: MeasureImportCounts } | null;
}

export const MAX_IMPORT_ROWS = 5000;
/** How far down the header row may be, below title lines. */
const HEADER_SEARCH_ROWS = 10;
/** Where rows without a focus area go; the user moves them afterwards. */
export const UNSORTED_FOCUS_AREA = 'Importerte tiltak';

type AreaRef = { existingId: string } | { newKey: string };
type UnitRef = { existingId: string } | { newKey: string };

interface ParsedRow {
  row: ImportedRow;
  area: AreaRef;
  owner: UnitRef | null;
  partners: UnitRef[];
}

const isEmpty = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/**
 * Maps the rows of a measure list onto the plan, all or nothing: every bad row is reported with its line and
 * reason, and the plan is only produced when there are none. Unknown owners and partners become new units,
 * unknown focus areas new focus areas (matched by title, by a title's beginning, or by number); `Status` and
 * `Kommentar` give a first status update in the reporting period containing today.
 */
export function planMeasureImport(
  plan: Plan,
  table: MeasureTable,
  options: MeasureImportOptions,
): MeasureImportPlan {
  const problems: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const empty = (extra: RowProblem[]): MeasureImportPlan => ({
    preview: {
      fileName: options.fileName,
      rows: [],
      newUnits: [],
      newFocusAreas: [],
      focusAreaMatches: [],
      removedFocusAreas: [],
      problems: extra,
      warnings,
      canImport: false,
    },
    result: null,
  });

  const filled = table.rows.filter((r) => !isEmpty(r.cells));
  if (filled.length === 0) return empty([rowProblem(null, message('import.file-empty'))]);
  // Lists from Excel often have a title line or two above the header row: take the first row naming «Tiltak».
  const header =
    filled.slice(0, HEADER_SEARCH_ROWS).find((r) => mapColumns(r.cells, r.line).index.title !== undefined) ??
    (filled[0] as (typeof filled)[number]);
  const columns = mapColumns(header.cells, header.line);
  if (columns.problems.length > 0) return empty(columns.problems);
  for (const skipped of filled.filter((r) => r.line < header.line)) {
    warnings.push(rowProblem(skipped.line, message('import.row-above-header')));
  }
  for (const name of columns.ignored) {
    warnings.push(rowProblem(header.line, message('import.column-ignored', { name })));
  }
  const dataRows = table.rows.filter((r) => r.line > header.line && !isEmpty(r.cells));
  if (dataRows.length === 0) return empty([rowProblem(null, message('import.no-measures'))]);
  if (dataRows.length > MAX_IMPORT_ROWS) {
    return empty([
      rowProblem(null, message('import.too-many-rows', { count: dataRows.length, max: MAX_IMPORT_ROWS })),
    ]);
  }

  const newAreas = new Map<string, string>();
  const newUnits = new Map<string, string>();
  /** File name → the plan's focus area title, where the two are written differently. */
  const areaMatches = new Map<string, string>();

  const unitRef = (name: string): { ref: UnitRef; name: string; isNew: boolean } => {
    const existing = matchByName(plan.units, (u) => [u.name, ...u.formerNames.map((f) => f.name)], name);
    if (existing) return { ref: { existingId: existing.id }, name: existing.name, isNew: false };
    const key = foldName(name);
    if (!newUnits.has(key)) newUnits.set(key, name);
    return { ref: { newKey: key }, name: newUnits.get(key) as string, isNew: true };
  };

  const areaRef = (
    cell: string,
    line: number,
  ): { ref: AreaRef; title: string; isNew: boolean } | RowProblem => {
    const text = cell.trim() === '' ? UNSORTED_FOCUS_AREA : cell.trim();
    const numbered = /^(\d{1,2})(?:\.|\s|$)\s*(.*)$/.exec(text);
    const byNumber = numbered ? plan.focusAreas[Number(numbered[1]) - 1] : undefined;
    const title = numbered ? (numbered[2] ?? '').trim() : text;
    if (numbered && title === '') {
      if (byNumber) return { ref: { existingId: byNumber.id }, title: byNumber.title, isNew: false };
      return rowProblem(
        line,
        message('import.focus-area-number-missing', {
          number: numbered[1] ?? '',
          count: plan.focusAreas.length,
        }),
      );
    }
    const existing = matchBySimilarName(plan.focusAreas, (f) => [f.title], title) ?? byNumber;
    if (existing) {
      if (text !== existing.title && !areaMatches.has(text)) areaMatches.set(text, existing.title);
      return { ref: { existingId: existing.id }, title: existing.title, isNew: false };
    }
    const key = foldName(title) || title;
    if (!newAreas.has(key)) newAreas.set(key, title);
    return { ref: { newKey: key }, title: newAreas.get(key) as string, isNew: true };
  };

  const parsed: ParsedRow[] = [];
  const seenTitles = new Map<string, number>();
  for (const { line, cells } of dataRows) {
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
        return (
          key !== JSON.stringify(owner?.ref) && all.findIndex((q) => JSON.stringify(q.ref) === key) === i
        );
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
      if (name.length > 500)
        fail(message('import.unit-name-too-long', { start: name.slice(0, 40), max: 500 }));
    }

    if (rowProblems.length > 0 || 'message' in area) {
      problems.push(...rowProblems);
      continue;
    }
    const titleKey = `${JSON.stringify(area.ref)}|${foldName(title)}`;
    const earlier = seenTitles.get(titleKey);
    if (earlier !== undefined) {
      warnings.push(rowProblem(line, message('import.title-twice-in-file', { title, line: earlier })));
    } else if (
      'existingId' in area.ref &&
      plan.measures.some(
        (m) =>
          m.focusAreaId === (area.ref as { existingId: string }).existingId &&
          foldName(m.title) === foldName(title),
      )
    ) {
      warnings.push(rowProblem(line, message('import.title-already-in-plan', { title, area: area.title })));
    }
    seenTitles.set(titleKey, line);
    parsed.push({
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
    });
  }

  // A fresh plan keeps only the template's focus areas the list uses (or that someone has written in).
  const usedAreaIds = new Set(parsed.flatMap((p) => ('existingId' in p.area ? [p.area.existingId] : [])));
  const removedAreas =
    plan.measures.length > 0
      ? []
      : plan.focusAreas.filter((area) => !usedAreaIds.has(area.id) && isUntouchedTemplateArea(plan, area));
  const preview: MeasureImportPreview = {
    fileName: options.fileName,
    rows: parsed.map((p) => p.row),
    newUnits: [...newUnits.values()],
    newFocusAreas: [...newAreas.values()],
    focusAreaMatches: [...areaMatches].map(([name, focusArea]) => ({ name, focusArea })),
    removedFocusAreas: removedAreas.map((area) => area.title),
    problems,
    warnings,
    canImport: problems.length === 0,
  };
  if (problems.length > 0) return { preview, result: null };
  const areas = { added: newAreas, removedIds: removedAreas.map((area) => area.id) };
  return { preview, result: applyImport(plan, parsed, areas, newUnits, options) };
}

/** The measure's funding from the row: the kind, and for a grant its scheme and end date. */
function importedResources(row: ImportedRow): Resources {
  const grant =
    row.funding === 'grant' && (row.grantScheme || row.grantEnd)
      ? {
          scheme: row.grantScheme ?? 'other',
          schemeName: row.grantSchemeName ?? '',
          ...(row.grantEnd ? { to: row.grantEnd } : {}),
        }
      : undefined;
  return { funding: row.funding, note: '', ...(grant ? { grant } : {}) };
}

function applyImport(
  plan: Plan,
  rows: readonly ParsedRow[],
  areas: { added: ReadonlyMap<string, string>; removedIds: readonly string[] },
  newUnits: ReadonlyMap<string, string>,
  options: MeasureImportOptions,
): { plan: Plan; counts: MeasureImportCounts } {
  const newAreas = areas.added;
  let next = areas.removedIds.reduce(removeFocusArea, plan);
  const areaIds = new Map<string, string>();
  for (const [key, title] of newAreas) {
    const added = addFocusArea(next, { title });
    next = added.plan;
    areaIds.set(key, added.focusArea.id);
  }
  const unitIds = new Map<string, string>();
  for (const [key, name] of newUnits) {
    const added = addUnit(next, name);
    next = added.plan;
    unitIds.set(key, added.unit.id);
    // A new owner named on rows of one municipality only is that municipality's unit (e.g. «NAV Saltdal»).
    const places = new Set(
      rows
        .filter((r) => r.owner && 'newKey' in r.owner && r.owner.newKey === key)
        .map((r) => r.row.municipalities ?? [])
        .map((m) => (m.length === 1 ? m[0] : '')),
    );
    const [only] = [...places];
    if (places.size === 1 && only && isInterMunicipal(next))
      next = setUnitMunicipality(next, added.unit.id, only);
  }
  const areaId = (ref: AreaRef) =>
    'existingId' in ref ? ref.existingId : (areaIds.get(ref.newKey) as string);
  const unitId = (ref: UnitRef) =>
    'existingId' in ref ? ref.existingId : (unitIds.get(ref.newKey) as string);

  const today = format(options.now, 'yyyy-MM-dd');
  const periods = reportingPeriods(next);
  const period =
    periodContaining(next, today) ??
    (today < (periods[0]?.start ?? '') ? periods[0] : periods[periods.length - 1]);
  const updates: StatusUpdate[] = [];
  for (const { row, area, owner, partners } of rows) {
    const added = addMeasure(next, {
      focusAreaId: areaId(area),
      title: row.title,
      description: row.description,
      ...(owner ? { leadOwnerUnitId: unitId(owner) } : {}),
      partnerUnitIds: partners.map(unitId),
      ...(row.start ? { start: row.start } : {}),
      ...(row.deadline ? { deadline: row.deadline } : {}),
      ...(row.period ? { period: row.period } : {}),
      ...(row.funding ? { resources: importedResources(row) } : {}),
      ...(row.municipalities && row.municipalities.length < planMunicipalities(next).length
        ? { municipalities: row.municipalities }
        : {}),
    });
    next = added.plan;
    if (row.status && period) {
      const needsReason = STATUSES_NEEDING_REASON.includes(row.status);
      updates.push(
        StatusUpdate.parse({
          id: newId(),
          measureId: added.measure.id,
          periodId: period.id,
          status: row.status,
          asOf: today,
          narrative: needsReason ? '' : row.comment,
          reason: needsReason ? row.comment : '',
          reportedBy: `Import fra ${options.fileName}`.slice(0, 500),
          reportedAt: options.now.toISOString(),
        }),
      );
    }
  }
  next = { ...next, statusUpdates: [...next.statusUpdates, ...updates] };
  return {
    plan: next,
    counts: {
      imported: rows.length,
      newUnits: newUnits.size,
      newFocusAreas: newAreas.size,
      statusUpdates: updates.length,
      periodId: updates.length > 0 && period ? period.id : null,
    },
  };
}
