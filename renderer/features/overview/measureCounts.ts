/** How many measures each focus area has, by focus area id. */
export function measureCountsByFocusArea(plan: {
  measures: readonly { focusAreaId: string }[];
}): Map<string, number> {
  const counts = new Map<string, number>();
  for (const measure of plan.measures) {
    counts.set(measure.focusAreaId, (counts.get(measure.focusAreaId) ?? 0) + 1);
  }
  return counts;
}
