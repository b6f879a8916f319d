import { periodLabel } from '../labels/domainLabels';
import { type Message, message } from '../messages/message';
import { focusAreaName, measureName } from '../messages/names';
import { measureNumbers } from '../plan/numbering';
import { type FreeTextPath, visitFreeTexts } from '../privacy/freeText';
import { findSensitive, maskSensitive, type SensitiveKind } from '../privacy/sensitiveText';
import type { Plan } from '../schema/plan';
import { type FindingTarget, findingOf, type QualityFinding } from './finding';
import type { QualityRule } from './rule';

/** Fields whose name the finding can say in words; any other field is named by its key. */
const NAMED_FIELDS = new Set([
  'title',
  'description',
  'background',
  'challenges',
  'text',
  'body',
  'narrative',
  'nextStep',
  'reason',
  'decisionNeeded',
  'indicatorValues',
  'note',
  'indicators',
  'milestones',
  'resources',
  'legalBasis',
  'nationalLink',
  'group',
  'mandate',
]);

/** The parts of a plan, outside the things it lists, that a finding names. */
const PLAN_PARTS: Record<string, string> = {
  assessment: 'privacy.place.assessment',
  evaluations: 'privacy.place.evaluation',
  crisisCentre: 'privacy.place.crisis-centre',
  internalControlLog: 'privacy.place.internal-control',
};

interface Place {
  target: FindingTarget;
  place: Message;
  field: string;
}

const fieldName = (key: string): Message | string =>
  NAMED_FIELDS.has(key) ? message(`privacy.field.${key}`) : key;

/** The thing a piece of free text belongs to, named for the user (titles masked), and the field to link to. */
function placeOf(plan: Plan, numbers: Map<string, string>, path: FreeTextPath): Place {
  const [top, index, key, subIndex, subKey] = path;
  const i = typeof index === 'number' ? index : -1;
  const field = typeof key === 'string' ? key : String(top);
  if (top === 'measures' && plan.measures[i]) {
    const m = plan.measures[i];
    return {
      target: { kind: 'measure', id: m.id, field },
      place: measureName(numbers.get(m.id) ?? '', maskSensitive(m.title)),
      field,
    };
  }
  if (top === 'focusAreas' && plan.focusAreas[i]) {
    const area = plan.focusAreas[i];
    const areaName = focusAreaName(i + 1, maskSensitive(area.title));
    const goal = key === 'goals' && typeof subIndex === 'number' ? area.goals[subIndex] : undefined;
    if (goal) {
      const goalField = typeof subKey === 'string' ? subKey : 'text';
      return {
        target: { kind: 'goal', id: goal.id, field: goalField },
        place: message('privacy.place.goal', { focusArea: areaName }),
        field: goalField,
      };
    }
    return { target: { kind: 'focusArea', id: area.id, field }, place: areaName, field };
  }
  if (top === 'sections' && plan.sections[i]) {
    const section = plan.sections[i];
    const title = maskSensitive(section.title.trim());
    return {
      target: { kind: 'section', id: section.id, field },
      place:
        title === ''
          ? message('privacy.place.section-untitled')
          : message('privacy.place.section', { title }),
      field,
    };
  }
  if (top === 'statusUpdates' && plan.statusUpdates[i]) {
    const update = plan.statusUpdates[i];
    const measure = plan.measures.find((m) => m.id === update.measureId);
    return {
      target: { kind: 'statusUpdate', id: update.id, field },
      place: message('privacy.place.status', {
        measure: measureName(numbers.get(update.measureId) ?? '', maskSensitive(measure?.title ?? '')),
        period: periodLabel(update.periodId, plan.language),
      }),
      field,
    };
  }
  if (top === 'workshopIdeas' && plan.workshopIdeas[i]) {
    return {
      target: { kind: 'workshopIdea', id: plan.workshopIdeas[i].id, field },
      place: message('privacy.place.idea', { number: i + 1 }),
      field,
    };
  }
  if (top === 'wheelEvents' && plan.wheelEvents[i]) {
    const event = plan.wheelEvents[i];
    return {
      target: { kind: 'wheelEvent', id: event.id, field },
      place: message('privacy.place.wheel-event', { title: maskSensitive(event.title) }),
      field,
    };
  }
  const planField = path.filter((p) => typeof p === 'string').join('.');
  const lastKey = [...path].reverse().find((p) => typeof p === 'string') ?? planField;
  return {
    target: { kind: 'plan', field: planField },
    place: message(PLAN_PARTS[String(top)] ?? 'privacy.place.plan'),
    field: top === 'mandate' ? 'mandate' : String(lastKey),
  };
}

/**
 * A plan must never carry case data. One warning per field and kind of hit (a national identity number or
 * D-number, a phone number, an e-mail address, a case word with a number), naming the place and showing what
 * was found only masked. Contacts the plan names on purpose (units, members, the coordinator, a measure's
 * contact person) and its political decisions are not free text and are not looked at.
 */
export function privacyFindings(plan: Plan): QualityFinding[] {
  const numbers = measureNumbers(plan);
  // Two texts of one field (two indicators of a measure, say) make one finding of each kind.
  const groups = new Map<string, Place & { kind: SensitiveKind; masked: Set<string> }>();
  visitFreeTexts(plan, (text, path) => {
    const hits = findSensitive(text);
    if (hits.length === 0) return;
    const place = placeOf(plan, numbers, path);
    for (const hit of hits) {
      const { kind, id = '', field = '' } = place.target;
      const key = `${hit.kind}|${kind}|${id}|${field}`;
      const group = groups.get(key) ?? { ...place, kind: hit.kind, masked: new Set<string>() };
      group.masked.add(hit.masked);
      groups.set(key, group);
    }
  });
  return [...groups.values()].map((g) =>
    findingOf(`privacy.${g.kind}`, 'warning', g.target, {
      place: g.place,
      field: fieldName(g.field),
      masked: [...g.masked].join(', '),
    }),
  );
}

export const privacyRules: QualityRule = (plan) => privacyFindings(plan);

/** The findings in text a status form carries: measure titles and indicator names, earlier status reports. */
export const inStatusForms = (finding: QualityFinding): boolean =>
  finding.target.kind === 'statusUpdate' ||
  (finding.target.kind === 'measure' && ['title', 'indicators'].includes(finding.target.field ?? ''));

/** The findings in text a calendar or a wheel picture carries: the wheel's events and the measures' titles. */
export const inCalendar = (finding: QualityFinding): boolean =>
  finding.target.kind === 'wheelEvent' ||
  (finding.target.kind === 'measure' && finding.target.field === 'title');
