/** What the library knows of one plan, for grouping plans by municipality and by crisis centre. */
export interface ShelfPlan {
  planId: string;
  title: string;
  /** Host (or only) municipality first, then the partners. */
  municipalities: readonly string[];
  crisisCentre: {
    name: string;
    /** Every municipality the centre serves that the plan names (its own and others in the catchment). */
    catchment: readonly string[];
    /** Per municipality of the plan: does it have its own contact person and internal control. */
    duties: readonly { municipality: string; contact: boolean; internalControl: boolean }[];
  } | null;
}

/** What a library listing says of a plan, as far as shelving it needs. */
export interface ShelfSummary {
  planId: string;
  title: string;
  municipality: string;
  municipalities?: readonly string[] | undefined;
  crisisCentre?: ShelfPlan['crisisCentre'] | undefined;
}

/** A plan of a library listing, to be shelved; a plan listed without its municipalities is its host's alone. */
export function shelfPlanOf(summary: ShelfSummary): ShelfPlan {
  return {
    planId: summary.planId,
    title: summary.title,
    municipalities: summary.municipalities ?? [summary.municipality],
    crisisCentre: summary.crisisCentre ?? null,
  };
}

const key = (name: string) =>
  name
    .trim()
    .toLocaleLowerCase('nb')
    .replace(/\s+kommune$/, '');

/** Each municipality with its plans: an inter-municipal plan is listed once under each of its municipalities. */
export function plansByMunicipality<P extends ShelfPlan>(
  plans: readonly P[],
): { municipality: string; plans: P[] }[] {
  const groups = new Map<string, { municipality: string; plans: P[] }>();
  for (const plan of plans) {
    for (const name of plan.municipalities) {
      const group = groups.get(key(name)) ?? { municipality: name, plans: [] };
      if (!group.plans.includes(plan)) group.plans.push(plan);
      groups.set(key(name), group);
    }
  }
  return [...groups.values()].sort((a, b) => a.municipality.localeCompare(b.municipality, 'nb'));
}

export interface CatchmentMember {
  municipality: string;
  /** Titles of the plans that cover it. */
  plans: string[];
  hasPlan: boolean;
  /** Known from a plan's crisis-centre profile; `null` when no plan of it says. */
  contact: boolean | null;
  internalControl: boolean | null;
}

export interface Catchment {
  crisisCentre: string;
  members: CatchmentMember[];
}

/**
 * Plans grouped by the crisis centre they share (by the centre's name in their profile), with every municipality
 * the centre serves: which have a plan, a contact person and internal control. Plans without a profile are not
 * in any catchment.
 */
export function catchments(plans: readonly ShelfPlan[]): Catchment[] {
  const byCentre = new Map<string, { name: string; plans: ShelfPlan[] }>();
  for (const plan of plans) {
    if (!plan.crisisCentre?.name.trim()) continue;
    const id = key(plan.crisisCentre.name);
    const entry = byCentre.get(id) ?? { name: plan.crisisCentre.name.trim(), plans: [] };
    entry.plans.push(plan);
    byCentre.set(id, entry);
  }
  return [...byCentre.values()]
    .map(({ name, plans: shelf }) => {
      const members = new Map<string, CatchmentMember>();
      const member = (municipality: string) => {
        const found = members.get(key(municipality)) ?? {
          municipality,
          plans: [],
          hasPlan: false,
          contact: null,
          internalControl: null,
        };
        members.set(key(municipality), found);
        return found;
      };
      for (const plan of shelf) {
        for (const municipality of plan.crisisCentre?.catchment ?? []) member(municipality);
        for (const municipality of plan.municipalities) {
          const m = member(municipality);
          m.hasPlan = true;
          if (!m.plans.includes(plan.title)) m.plans.push(plan.title);
        }
        for (const duty of plan.crisisCentre?.duties ?? []) {
          const m = member(duty.municipality);
          m.contact = (m.contact ?? false) || duty.contact;
          m.internalControl = (m.internalControl ?? false) || duty.internalControl;
        }
      }
      return {
        crisisCentre: name,
        members: [...members.values()].sort((a, b) => a.municipality.localeCompare(b.municipality, 'nb')),
      };
    })
    .sort((a, b) => a.crisisCentre.localeCompare(b.crisisCentre, 'nb'));
}
