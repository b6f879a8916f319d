import { newId } from '../ids';
import { message } from '../messages/message';
import { PlanOperationError } from '../plan/errors';
import { replaceItem } from '../plan/list';
import { addMeasure } from '../plan/measures';
import { addUnit, findUnitByName } from '../plan/units';
import type { Measure } from '../schema/measure';
import { type Plan, type WorkshopIdea, WorkshopIdea as WorkshopIdeaSchema } from '../schema/plan';

/**
 * Ideas on the workshop board. They live in `plan.workshopIdeas`, so what the group writes on the screen is
 * saved with the plan, undone like any other edit, and never lost when the workshop ends.
 */

const MAX_VOTES = 1000;
const MAX_TEXT = 500;

function requireText(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new PlanOperationError(message('workshop.idea-text-required'));
  if (trimmed.length > MAX_TEXT)
    throw new PlanOperationError(message('workshop.idea-too-long', { max: MAX_TEXT }));
  return trimmed;
}

function requireFocusArea(plan: Plan, focusAreaId: string | undefined): void {
  if (focusAreaId !== undefined && !plan.focusAreas.some((f) => f.id === focusAreaId)) {
    throw new PlanOperationError(message('plan.focus-area-required'));
  }
}

function changeIdea(plan: Plan, id: string, change: (idea: WorkshopIdea) => WorkshopIdea): Plan {
  return {
    ...plan,
    workshopIdeas: replaceItem(
      plan.workshopIdeas,
      id,
      (idea) => WorkshopIdeaSchema.parse(change(idea)),
      'idea',
    ),
  };
}

/** Adds an idea at the end of the board of `focusAreaId` (or of the ideas without a focus area). */
export function addIdea(
  plan: Plan,
  fields: { text: string; focusAreaId?: string; group?: string; id?: string },
): { plan: Plan; idea: WorkshopIdea } {
  requireFocusArea(plan, fields.focusAreaId);
  const idea = WorkshopIdeaSchema.parse({
    id: fields.id ?? newId(),
    text: requireText(fields.text),
    group: fields.group?.trim() ?? '',
    ...(fields.focusAreaId ? { focusAreaId: fields.focusAreaId } : {}),
  });
  return { plan: { ...plan, workshopIdeas: [...plan.workshopIdeas, idea] }, idea };
}

export function editIdea(plan: Plan, id: string, text: string): Plan {
  const trimmed = requireText(text);
  return changeIdea(plan, id, (idea) => ({ ...idea, text: trimmed }));
}

export function removeIdea(plan: Plan, id: string): Plan {
  if (!plan.workshopIdeas.some((idea) => idea.id === id))
    throw new PlanOperationError(message('plan.not-found.idea'));
  return { ...plan, workshopIdeas: plan.workshopIdeas.filter((idea) => idea.id !== id) };
}

/** Puts ideas in a group (a name the group chose, e.g. «Opplæring»); an empty name takes them out of any group. */
export function groupIdeas(plan: Plan, ids: readonly string[], group: string): Plan {
  const name = group.trim();
  if (name.length > MAX_TEXT)
    throw new PlanOperationError(message('workshop.group-name-too-long', { max: MAX_TEXT }));
  return ids.reduce((next, id) => changeIdea(next, id, (idea) => ({ ...idea, group: name })), plan);
}

/** Renames a group on every idea of one focus area's board that has it. */
export function renameIdeaGroup(plan: Plan, focusAreaId: string | undefined, from: string, to: string): Plan {
  const name = to.trim();
  if (!name) throw new PlanOperationError(message('workshop.group-name-required'));
  const ids = plan.workshopIdeas
    .filter((idea) => idea.focusAreaId === focusAreaId && idea.group === from)
    .map((idea) => idea.id);
  return groupIdeas(plan, ids, name);
}

/** Moves an idea to another focus area's board (it leaves its group, which belongs to the old board). */
export function moveIdeaToFocusArea(plan: Plan, id: string, focusAreaId: string): Plan {
  requireFocusArea(plan, focusAreaId);
  return changeIdea(plan, id, (idea) => ({ ...idea, focusAreaId, group: '' }));
}

/** One dot for the idea. */
export function voteIdea(plan: Plan, id: string): Plan {
  return changeIdea(plan, id, (idea) => ({ ...idea, votes: Math.min(MAX_VOTES, idea.votes + 1) }));
}

/** Takes one dot back; an idea never goes below zero. */
export function unvoteIdea(plan: Plan, id: string): Plan {
  return changeIdea(plan, id, (idea) => ({ ...idea, votes: Math.max(0, idea.votes - 1) }));
}

/** Who carries the new measure: a unit of the plan, or a new one named now. */
export type IdeaOwner = { unitId: string } | { newUnitName: string };

export interface ConvertIdeaInput {
  /** The measure's title; the idea's text when absent. */
  title?: string;
  owner?: IdeaOwner;
  deadline?: string;
  /** Needed when the idea is not on a focus area's board. */
  focusAreaId?: string;
  /** The new measure's id, when the caller chooses it. */
  measureId?: string;
}

/** The measure an idea became, if it still exists. */
export function measureOfIdea(plan: Pick<Plan, 'measures'>, idea: WorkshopIdea): Measure | undefined {
  return idea.convertedToMeasureId === undefined
    ? undefined
    : plan.measures.find((m) => m.id === idea.convertedToMeasureId);
}

function resolveOwner(plan: Plan, owner: IdeaOwner | undefined): { plan: Plan; unitId?: string } {
  if (!owner) return { plan };
  if ('unitId' in owner) {
    if (!plan.units.some((u) => u.id === owner.unitId)) {
      throw new PlanOperationError(message('plan.owner-unit-required'));
    }
    return { plan, unitId: owner.unitId };
  }
  const name = owner.newUnitName.trim();
  if (!name) throw new PlanOperationError(message('workshop.new-unit-name-required'));
  // Someone typing a unit that exists already means that unit, not a second one with the same name.
  const existing = findUnitByName(plan, name);
  if (existing) return { plan, unitId: existing.id };
  const added = addUnit(plan, name);
  return { plan: added.plan, unitId: added.unit.id };
}

/**
 * Turns an idea into a measure in one step: the idea's text becomes the title, the owner and deadline the
 * group named there and then are set, and the idea remembers the measure it became.
 */
export function convertIdeaToMeasure(
  plan: Plan,
  ideaId: string,
  input: ConvertIdeaInput = {},
): { plan: Plan; measure: Measure } {
  const idea = plan.workshopIdeas.find((i) => i.id === ideaId);
  if (!idea) throw new PlanOperationError(message('plan.not-found.idea'));
  const already = measureOfIdea(plan, idea);
  if (already)
    throw new PlanOperationError(message('workshop.idea-already-converted', { title: already.title }));
  const focusAreaId = input.focusAreaId ?? idea.focusAreaId;
  if (!focusAreaId) throw new PlanOperationError(message('workshop.idea-focus-area-required'));
  const title = requireText(input.title ?? idea.text);
  const owned = resolveOwner(plan, input.owner);
  const added = addMeasure(owned.plan, {
    ...(input.measureId ? { id: input.measureId } : {}),
    focusAreaId,
    title,
    ...(owned.unitId ? { leadOwnerUnitId: owned.unitId } : {}),
    ...(input.deadline ? { deadline: input.deadline } : {}),
  });
  const next = changeIdea(added.plan, ideaId, (i) => ({
    ...i,
    focusAreaId,
    convertedToMeasureId: added.measure.id,
  }));
  return { plan: next, measure: added.measure };
}

/** The ideas of one board (a focus area, or `undefined` for those without one), in board order. */
export function ideasOnBoard(
  plan: Pick<Plan, 'workshopIdeas'>,
  focusAreaId: string | undefined,
): WorkshopIdea[] {
  return plan.workshopIdeas.filter((idea) => idea.focusAreaId === focusAreaId);
}

/** The group names used on one board, in the order they first appear; `''` (no group) is not among them. */
export function ideaGroups(plan: Pick<Plan, 'workshopIdeas'>, focusAreaId: string | undefined): string[] {
  const names: string[] = [];
  for (const idea of ideasOnBoard(plan, focusAreaId)) {
    if (idea.group && !names.includes(idea.group)) names.push(idea.group);
  }
  return names;
}
