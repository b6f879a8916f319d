import { newId } from '../ids';
import { periodLabel, STATUS_LABELS } from '../labels/domainLabels';
import { formatCoreMessage } from '../messages/catalogues';
import { type MessageParams, message } from '../messages/message';
import { PlanOperationError } from '../plan/errors';
import { measuresInOrder } from '../plan/measures';
import { measureNumbers } from '../plan/numbering';
import type { Indicator } from '../schema/common';
import type { Evaluation, MeasureEvaluation } from '../schema/evaluation';
import type { Measure } from '../schema/measure';
import { type Plan, Plan as PlanSchema, type TextSection } from '../schema/plan';
import type { TextBlock, TextRun } from '../schema/richText';
import type { MeasureStatus, StatusUpdate } from '../schema/status';
import type { WheelEvent } from '../schema/wheel';
import { effectiveStatus, latestUpdateByMeasure } from '../status/summary';

export interface RevisionRequest {
  title: string;
  fromYear: number;
  toYear: number;
  /** Where the old plan's file is, so the new plan can point back to its history. */
  oldPath?: string;
  /**
   * Revise from this evaluation: exactly the measures it recommends to continue or change are carried, those it
   * sends to ordinary operation or stops are listed as ended, each with the evaluation's reason.
   */
  evaluation?: Evaluation;
}

/** How each measure of the old plan ended up, for the new plan's background and for the user. */
export interface RevisionOutcome {
  carried: Array<{ oldId: string; newId: string; oldNumber: string }>;
  completed: string[];
  inOperation: string[];
  stopped: string[];
  /** Neither finished nor marked «Videreført i ny plan»: listed so they do not vanish silently. */
  notCarried: string[];
}

export const PREVIOUS_PLAN_SECTION_KIND = 'previous-plan-results';
const COMPLETED: readonly MeasureStatus[] = ['done', 'done-late'];

/**
 * Revision (rullering): the next plan made from this one. Measures whose latest status is «Videreført i ny
 * plan» carry over with new ids and `carriedFrom`; units, focus areas, members, wheel events and reporting
 * scheme are copied; a generated section after the background lists what was completed, stopped and not
 * carried over. The old plan comes back with lifecycle «Utløpt»; its status history stays in its own file,
 * which the new plan names in `previousPlan`.
 */
export function revisePlan(
  old: Plan,
  request: RevisionRequest,
  now: Date,
): { newPlan: Plan; oldPlan: Plan; outcome: RevisionOutcome } {
  if (old.lifecycle === 'expired') {
    throw new PlanOperationError(message('revision.already-expired'));
  }
  if (request.toYear < request.fromYear) throw new PlanOperationError(message('plan.period-reversed'));
  if (request.fromYear <= old.period.fromYear) {
    throw new PlanOperationError(message('revision.must-start-later', { year: old.period.fromYear }));
  }
  const firstDay = `${request.fromYear}-01-01`;
  const numbers = measureNumbers(old);
  const latest = latestUpdateByMeasure(old);
  const ids = new IdMap();

  const outcome: RevisionOutcome = {
    carried: [],
    completed: [],
    inOperation: [],
    stopped: [],
    notCarried: [],
  };
  const lines: Record<keyof Omit<RevisionOutcome, 'carried'> | 'carried', TextRun[][]> = {
    carried: [],
    completed: [],
    inOperation: [],
    stopped: [],
    notCarried: [],
  };
  const carriedMeasures: Measure[] = [];
  // The summary is plan text: it is written in the plan's own language.
  const say = (key: string, params?: MessageParams) => formatCoreMessage(message(key, params), old.language);
  const statusLabel = (s: MeasureStatus) => STATUS_LABELS[s][old.language];
  const when = (u: StatusUpdate | undefined) => (u ? periodLabel(u.periodId, old.language) : '');
  const answers = new Map(request.evaluation?.measures.map((m) => [m.measureId, m]));
  for (const measure of measuresInOrder(old)) {
    const number = numbers.get(measure.id) ?? '';
    const update = latest.get(measure.id);
    const status = update ? effectiveStatus(update, measure) : undefined;
    const line = (extra: string) => [{ text: `${number} ${measure.title}`.trim() }, { text: extra }];
    const answer = answers.get(measure.id);
    const recommendation = answer?.recommendation;
    const why = answer?.why.trim() ? `: ${answer.why.trim()}` : '';
    const carry = request.evaluation
      ? recommendation === 'continue' || recommendation === 'change'
      : status === 'continued';
    if (request.evaluation && recommendation === 'ordinary-operation') {
      outcome.inOperation.push(measure.id);
      lines.inOperation.push(line(why));
    } else if (request.evaluation && recommendation === 'stop') {
      outcome.stopped.push(measure.id);
      lines.stopped.push(line(why || (update?.reason ? `: ${update.reason}` : '')));
    } else if (carry) {
      const carried = carryMeasure(measure, number, old.id, ids, firstDay, answer);
      carriedMeasures.push(carried);
      outcome.carried.push({ oldId: measure.id, newId: carried.id, oldNumber: number });
    } else if (status && COMPLETED.includes(status)) {
      outcome.completed.push(measure.id);
      lines.completed.push(
        line(
          say('revision.line.completed', { status: statusLabel(status).toLowerCase(), period: when(update) }),
        ),
      );
    } else if (status === 'ongoing-operation') {
      outcome.inOperation.push(measure.id);
      lines.inOperation.push(line(''));
    } else if (status === 'stopped') {
      outcome.stopped.push(measure.id);
      lines.stopped.push(line(update?.reason ? `: ${update.reason}` : ''));
    } else {
      outcome.notCarried.push(measure.id);
      lines.notCarried.push(
        line(
          status
            ? say('revision.line.last-status', { status: statusLabel(status), period: when(update) })
            : say('revision.line.never-reported'),
        ),
      );
    }
  }

  const focusAreas = old.focusAreas.map((area) => ({
    ...area,
    id: ids.get(area.id),
    goals: area.goals.map((goal) => ({
      ...goal,
      id: newId(),
      indicators: goal.indicators.map(freshIndicator),
    })),
  }));
  const newPlanMeasures = carriedMeasures;
  const newNumbers = measureNumbers({ focusAreas, measures: newPlanMeasures });
  for (const entry of outcome.carried) {
    const measure = newPlanMeasures.find((m) => m.id === entry.newId) as Measure;
    const reason = measure.carriedFrom?.why ? `: ${measure.carriedFrom.why}` : '';
    lines.carried.push([
      { text: `${entry.oldNumber} ${measure.title}` },
      { text: say('revision.line.new-number', { number: newNumbers.get(measure.id) ?? '' }) + reason },
    ]);
  }

  const sections: TextSection[] = [];
  const summary: TextSection = {
    id: newId(),
    kind: PREVIOUS_PLAN_SECTION_KIND,
    title: say('revision.summary-title'),
    body: summaryBody(old, lines, say),
  };
  for (const section of old.sections) {
    if (section.kind === PREVIOUS_PLAN_SECTION_KIND) continue;
    sections.push({ ...section, id: newId() });
    if (section.kind === 'background') sections.push(summary);
  }
  if (!sections.includes(summary)) sections.push(summary);

  const stamp = now.toISOString();
  const newPlan = PlanSchema.parse({
    id: newId(),
    title: request.title.trim(),
    municipality: old.municipality,
    partnerMunicipalities: old.partnerMunicipalities,
    period: { fromYear: request.fromYear, toYear: request.toYear },
    lifecycle: 'draft',
    language: old.language,
    anchoring: old.anchoring,
    coordinator: { ...old.coordinator, unitId: old.coordinator.unitId && ids.get(old.coordinator.unitId) },
    kostra: {
      ...old.kostra,
      politicallyAdoptedPlan: null,
      crisisCentreCooperationUnitIds: old.kostra.crisisCentreCooperationUnitIds.map((id) => ids.get(id)),
    },
    sections,
    focusAreas,
    units: old.units.map((unit) => ({ ...unit, id: ids.get(unit.id) })),
    members: old.members.map((member) => ({
      ...member,
      id: newId(),
      ...(member.unitId ? { unitId: ids.get(member.unitId) } : {}),
    })),
    measures: newPlanMeasures,
    // The crisis-centre service and its cooperation carry on; the control log and findings belong to the old plan.
    ...(old.crisisCentre
      ? {
          crisisCentre: {
            ...old.crisisCentre,
            ...(old.crisisCentre.unitId ? { unitId: ids.get(old.crisisCentre.unitId) } : {}),
          },
        }
      : {}),
    ...(old.cooperation
      ? {
          cooperation: {
            ...old.cooperation,
            cells: old.cooperation.cells.map(({ measureId: _m, ...c }) => c),
          },
        }
      : {}),
    wheelEvents: old.wheelEvents.flatMap((event) => copyWheelEvent(event, ids, firstDay)),
    reportingScheme: {
      ...old.reportingScheme,
      overrides: old.reportingScheme.overrides.filter(
        (o) => Number(o.periodId.slice(0, 4)) >= request.fromYear,
      ),
    },
    statusUpdates: [],
    assessment: old.assessment,
    workshopIdeas: [],
    previousPlan: { id: old.id, title: old.title, ...(request.oldPath ? { path: request.oldPath } : {}) },
    createdAt: stamp,
    updatedAt: stamp,
  });
  return { newPlan, oldPlan: { ...old, lifecycle: 'expired', updatedAt: stamp }, outcome };
}

/** New ids for the copied plan, the same new id each time an old one is asked for. */
class IdMap {
  private readonly map = new Map<string, string>();
  has(oldId: string): boolean {
    return this.map.has(oldId);
  }
  get(oldId: string): string {
    let id = this.map.get(oldId);
    if (!id) {
      id = newId();
      this.map.set(oldId, id);
    }
    return id;
  }
}

function freshIndicator(indicator: Indicator): Indicator {
  return { ...indicator, id: newId() };
}

function carryMeasure(
  measure: Measure,
  number: string,
  oldPlanId: string,
  ids: IdMap,
  firstDay: string,
  answer?: MeasureEvaluation,
): Measure {
  const { number: _oldNumber, start, deadline, period, ...rest } = measure;
  return {
    ...rest,
    id: ids.get(measure.id),
    focusAreaId: ids.get(measure.focusAreaId),
    ...(measure.leadOwnerUnitId ? { leadOwnerUnitId: ids.get(measure.leadOwnerUnitId) } : {}),
    partnerUnitIds: measure.partnerUnitIds.map((id) => ids.get(id)),
    ...(measure.localOwners
      ? { localOwners: measure.localOwners.map((o) => ({ ...o, unitId: ids.get(o.unitId) })) }
      : {}),
    // Dates that lie before the new plan began would only raise false alarms; the group sets new ones.
    ...(start && start >= firstDay ? { start } : {}),
    ...(deadline && deadline >= firstDay ? { deadline } : {}),
    ...(period && `${period.to}-12-31` >= firstDay ? { period } : {}),
    indicators: measure.indicators.map(freshIndicator),
    milestones: measure.milestones.filter((m) => !m.done).map((m) => ({ ...m, id: newId() })),
    carriedFrom: {
      planId: oldPlanId,
      measureId: measure.id,
      number,
      ...(answer?.recommendation === 'continue' || answer?.recommendation === 'change'
        ? { recommendation: answer.recommendation, why: answer.why.trim() }
        : {}),
    },
  };
}

function copyWheelEvent(event: WheelEvent, ids: IdMap, firstDay: string): WheelEvent[] {
  if (event.rule.kind === 'once' && (event.rule.end ?? event.rule.date) < firstDay) return [];
  return [
    {
      ...event,
      id: newId(),
      ...(event.ownerUnitId ? { ownerUnitId: ids.get(event.ownerUnitId) } : {}),
      // Only measures that carried over exist in the new plan; `ids` has them already.
      measureIds: event.measureIds.flatMap((id) => (ids.has(id) ? [ids.get(id)] : [])),
    },
  ];
}

function summaryBody(
  old: Plan,
  lines: Record<string, TextRun[][]>,
  say: (key: string, params?: MessageParams) => string,
): TextBlock[] {
  const blocks: TextBlock[] = [
    {
      type: 'paragraph',
      runs: [
        {
          text: say('revision.summary-intro', {
            title: old.title,
            from: old.period.fromYear,
            to: old.period.toYear,
          }),
        },
      ],
    },
  ];
  const groups: Array<[string, string]> = [
    ['completed', say('revision.group.completed')],
    ['inOperation', say('revision.group.in-operation')],
    ['carried', say('revision.group.carried')],
    ['stopped', say('revision.group.stopped')],
    ['notCarried', say('revision.group.not-carried')],
  ];
  for (const [key, heading] of groups) {
    const items = lines[key] ?? [];
    if (items.length === 0) continue;
    blocks.push({ type: 'paragraph', runs: [{ text: `${heading} (${items.length})`, bold: true }] });
    blocks.push({ type: 'bullets', items: items.map((runs) => runs.filter((r) => r.text !== '')) });
  }
  return blocks;
}
