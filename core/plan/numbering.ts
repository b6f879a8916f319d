import type { Measure } from '../schema/measure';
import type { Plan } from '../schema/plan';

/**
 * Measure numbers are `<focus area position>.<position within the area>` (2.3). Once frozen (at adoption),
 * each measure keeps its stored `number`; a measure added later gets the number of the one before it with
 * the next free letter (2.3a), so references in adopted documents and reports stay valid.
 */
export function measureNumbers(plan: Pick<Plan, 'focusAreas' | 'measures'>): Map<string, string> {
  const numbers = new Map<string, string>();
  plan.focusAreas.forEach((area, areaIndex) => {
    const inArea = plan.measures.filter((m) => m.focusAreaId === area.id);
    const taken = new Set(inArea.map((m) => m.number).filter((n): n is string => n !== undefined));
    let position = 0;
    let previous: string | null = null;
    for (const measure of inArea) {
      if (measure.number !== undefined) {
        numbers.set(measure.id, measure.number);
        previous = measure.number;
        position = Math.max(position, Number(measure.number.split('.')[1]?.replace(/[a-z]$/, '') ?? 0));
        continue;
      }
      if (taken.size === 0) {
        position += 1;
        numbers.set(measure.id, `${areaIndex + 1}.${position}`);
        continue;
      }
      const base = previous?.replace(/[a-z]$/, '') ?? `${areaIndex + 1}.0`;
      const letter = nextFreeLetter(base, taken);
      const number = `${base}${letter}`;
      taken.add(number);
      numbers.set(measure.id, number);
      previous = number;
    }
  });
  return numbers;
}

function nextFreeLetter(base: string, taken: ReadonlySet<string>): string {
  for (let code = 97; code <= 122; code += 1) {
    const letter = String.fromCharCode(code);
    if (!taken.has(`${base}${letter}`)) return letter;
  }
  return 'z';
}

/** Stores the current numbers on every measure so later edits cannot renumber the adopted plan. */
export function freezeNumbers(plan: Plan): Plan {
  const numbers = measureNumbers(plan);
  return {
    ...plan,
    measures: plan.measures.map((m): Measure => ({ ...m, number: numbers.get(m.id) ?? m.number })),
  };
}

/** Sorts measure numbers as people read them: 1.2 < 1.10, 1.3 < 1.3a < 1.4. */
export function compareMeasureNumbers(a: string, b: string): number {
  const parse = (n: string) => {
    const match = /^(\d+)\.(\d+)([a-z]?)$/.exec(n);
    return match ? [Number(match[1]), Number(match[2]), match[3] ?? ''] : [0, 0, n];
  };
  const [a1, a2, a3] = parse(a);
  const [b1, b2, b3] = parse(b);
  return (
    (a1 as number) - (b1 as number) || (a2 as number) - (b2 as number) || String(a3).localeCompare(String(b3))
  );
}
