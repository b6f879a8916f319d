/**
 * Names of the places a quality finding can send the user to. Every editable control in the drafting steps
 * carries one in `data-place`, so a link can find it, open what hides it, and focus it.
 */
export const fieldKeys = {
  plan: (path: string) => `plan:${path}`,
  focusArea: (id: string, field: string) => `focusArea:${id}:${field}`,
  goal: (id: string, field: string) => `goal:${id}:${field}`,
  measure: (id: string, field: string) => `measure:${id}:${field}`,
  section: (id: string, field: string) => `section:${id}:${field}`,
  assessment: (itemId: string) => `assessment:${itemId}`,
  addFocusArea: 'focusAreas:add',
  addMeasure: (focusAreaId: string) => `focusArea:${focusAreaId}:measures`,
  addSection: 'sections:add',
} as const;
