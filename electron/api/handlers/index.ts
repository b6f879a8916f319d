import type { GroupMethod, MethodGroup } from '../../../contract/groups';
import type { Handlers } from '../handler';

/**
 * The handlers of each group of contract methods, loaded when one of them is first called (a handler's imports
 * are start-up time for every command otherwise). The type makes a missing handler a compile error.
 */
export const loadHandlers: { [G in MethodGroup]: () => Promise<Handlers<GroupMethod<G>>> } = {
  anchoring: async () => (await import('./anchoring')).anchoringHandlers,
  app: async () => (await import('./app')).appHandlers,
  drafting: async () => (await import('./drafting')).draftingHandlers,
  edits: async () => (await import('./edits')).editHandlers,
  evaluation: async () => (await import('./evaluation')).evaluationHandlers,
  exports: async () => (await import('./exports')).exportHandlers,
  files: async () => (await import('./files')).fileHandlers,
  followup: async () => (await import('./followup')).followupHandlers,
  library: async () => (await import('./library')).libraryHandlers,
  package: async () => (await import('./package')).packageHandlers,
  plan: async () => (await import('./plan')).planHandlers,
  reminders: async () => (await import('./reminders')).reminderHandlers,
  wheel: async () => (await import('./wheel')).wheelHandlers,
  workshop: async () => (await import('./workshop')).workshopHandlers,
};
