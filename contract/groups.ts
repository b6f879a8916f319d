import type { anchoringMethods } from './methods/anchoring';
import type { appMethods } from './methods/app';
import type { draftingMethods } from './methods/drafting';
import type { editMethods } from './methods/edits';
import type { evaluationMethods } from './methods/evaluation';
import type { exportMethods } from './methods/exports';
import type { fileMethods } from './methods/files';
import type { followupMethods } from './methods/followup';
import type { libraryMethods } from './methods/library';
import type { packageMethods } from './methods/package';
import type { planMethods } from './methods/plan';
import type { reminderMethods } from './methods/reminders';
import type { wheelMethods } from './methods/wheel';
import type { workshopMethods } from './methods/workshop';

/**
 * The contract's methods by name, grouped as the tables in `methods/` hold them. A host loads a group's schemas
 * and handlers when one of its methods is first called, so a command that validates a plan does not load the
 * Word export; the names are here so that nothing else has to be loaded to know where a method lives.
 */
export const METHOD_GROUPS = {
  anchoring: ['anchoring.exportSteeringGoals'],
  app: [
    'app.info',
    'settings.get',
    'settings.update',
    'recent.list',
    'recent.remove',
    'files.list',
    'dialog.openPlan',
    'dialog.savePlanAs',
  ],
  drafting: ['templates.get', 'plan.check', 'plan.caseData', 'measures.importPreview', 'measures.import'],
  edits: ['plan.apply'],
  evaluation: ['evaluation.prefill', 'export.evaluation'],
  exports: ['export.plan', 'export.report', 'export.supervision', 'export.capabilities'],
  files: ['files.reveal'],
  followup: [
    'status.round',
    'status.checks',
    'statusForms.export',
    'statusForms.preview',
    'statusForms.import',
    'plan.revise',
  ],
  library: ['library.list', 'library.chooseFolder', 'library.outline', 'library.copy'],
  package: ['package.export', 'package.preview', 'package.import'],
  plan: [
    'plan.validate',
    'plan.create',
    'plan.open',
    'plan.undo',
    'plan.redo',
    'plan.sync',
    'plan.flush',
    'plan.saveAs',
    'plan.close',
    'plan.takeOver',
    'backups.list',
    'backups.restore',
  ],
  reminders: ['status.reminders'],
  wheel: ['wheel.holidays', 'wheel.exportImage', 'wheel.exportCalendar'],
  workshop: ['workshop.handout'],
} as const;

export type MethodGroup = keyof typeof METHOD_GROUPS;

/** The table of methods each group stands for. */
export interface MethodTables {
  anchoring: typeof anchoringMethods;
  app: typeof appMethods;
  drafting: typeof draftingMethods;
  edits: typeof editMethods;
  evaluation: typeof evaluationMethods;
  exports: typeof exportMethods;
  files: typeof fileMethods;
  followup: typeof followupMethods;
  library: typeof libraryMethods;
  package: typeof packageMethods;
  plan: typeof planMethods;
  reminders: typeof reminderMethods;
  wheel: typeof wheelMethods;
  workshop: typeof workshopMethods;
}

export type GroupMethod<G extends MethodGroup> = (typeof METHOD_GROUPS)[G][number];

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
/** Fails to compile when a group's list and its table differ by one method, either way. */
export type GroupListsMatchTables = Holds<
  { [G in MethodGroup]: Same<GroupMethod<G>, keyof MethodTables[G]> }[MethodGroup]
>;

const GROUP_OF = new Map<string, MethodGroup>(
  Object.entries(METHOD_GROUPS).flatMap(([group, names]) =>
    names.map((name): [string, MethodGroup] => [name, group as MethodGroup]),
  ),
);

/** The group a method name belongs to, or undefined for a name the contract does not have. */
export function groupOf(name: string): MethodGroup | undefined {
  return GROUP_OF.get(name);
}

/** Each group's table, loaded on first use. */
export const loadMethodTable: { [G in MethodGroup]: () => Promise<MethodTables[G]> } = {
  anchoring: async () => (await import('./methods/anchoring')).anchoringMethods,
  app: async () => (await import('./methods/app')).appMethods,
  drafting: async () => (await import('./methods/drafting')).draftingMethods,
  edits: async () => (await import('./methods/edits')).editMethods,
  evaluation: async () => (await import('./methods/evaluation')).evaluationMethods,
  exports: async () => (await import('./methods/exports')).exportMethods,
  files: async () => (await import('./methods/files')).fileMethods,
  followup: async () => (await import('./methods/followup')).followupMethods,
  library: async () => (await import('./methods/library')).libraryMethods,
  package: async () => (await import('./methods/package')).packageMethods,
  plan: async () => (await import('./methods/plan')).planMethods,
  reminders: async () => (await import('./methods/reminders')).reminderMethods,
  wheel: async () => (await import('./methods/wheel')).wheelMethods,
  workshop: async () => (await import('./methods/workshop')).workshopMethods,
};
