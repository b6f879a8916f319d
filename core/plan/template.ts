import type { UnitKind } from '../schema/organisation';
import type { RecurrenceRule, WheelRing } from '../schema/wheel';

/** What a new plan starts from. The data lives in `templates/`; core only knows its shape. */
export interface PlanTemplate {
  units: readonly { typeId: string; name: string; kind: UnitKind }[];
  focusAreas: readonly { templateId: string; title: string }[];
  sections: readonly { kind: string; title: string }[];
  wheelEvents: readonly {
    presetId: string;
    title: string;
    ring: WheelRing;
    rule: RecurrenceRule;
    note?: string;
  }[];
}

export const EMPTY_TEMPLATE: PlanTemplate = { units: [], focusAreas: [], sections: [], wheelEvents: [] };
