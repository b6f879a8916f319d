import { format } from 'date-fns/format';
import { newId } from '../ids';
import { message } from '../messages/message';
import { setUnitMunicipality } from '../municipalities/edits';
import { isInterMunicipal, planMunicipalities } from '../municipalities/municipalities';
import { addFocusArea, isUntouchedTemplateArea, removeFocusArea } from '../plan/focusAreas';
import { addMeasure } from '../plan/measures';
import { addUnit } from '../plan/units';
import { periodContaining, reportingPeriods } from '../reporting/periods';
import type { Resources } from '../schema/measure';
import type { Plan } from '../schema/plan';
import { STATUSES_NEEDING_REASON, StatusUpdate } from '../schema/status';
import { type ImportedRow, type MeasureImportPreview, type RowProblem, rowProblem } from './importPreview';
import { type ParsedRow, readMeasureRow } from './measureRow';
import { type AreaRef, nameRefs, type UnitRef } from './nameRefs';
import { foldName } from './normalise';
import { findMeasureRows } from './tableHeader';

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

  const found = findMeasureRows(table, warnings);
  if ('problems' in found) return empty(found.problems);
  const refs = nameRefs(plan);
  const { newAreas, newUnits, areaMatches } = refs;

  const parsed: ParsedRow[] = [];
  const seenTitles = new Map<string, number>();
  for (const dataRow of found.dataRows) {
    const read = readMeasureRow(plan, dataRow, found.columns, refs, warnings);
    if ('problems' in read) {
      problems.push(...read.problems);
      continue;
    }
    const { line, title, focusArea } = read.row;
    const titleKey = `${JSON.stringify(read.area)}|${foldName(title)}`;
    const earlier = seenTitles.get(titleKey);
    const areaId = 'existingId' in read.area ? read.area.existingId : null;
    if (earlier !== undefined) {
      warnings.push(rowProblem(line, message('import.title-twice-in-file', { title, line: earlier })));
    } else if (plan.measures.some((m) => m.focusAreaId === areaId && foldName(m.title) === foldName(title))) {
      warnings.push(rowProblem(line, message('import.title-already-in-plan', { title, area: focusArea })));
    }
    seenTitles.set(titleKey, line);
    parsed.push(read);
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
