import * as z from 'zod';
import { formatCoreMessage } from '../messages/catalogues';
import { Message, type MessageParams, message } from '../messages/message';

export const FindingSeverity = z.enum(['error', 'warning', 'info']);
export type FindingSeverity = z.infer<typeof FindingSeverity>;

/** Where in the plan a finding can be fixed; the drafting steps link to it. */
export const FindingTarget = z.object({
  kind: z.enum([
    'plan',
    'focusArea',
    'goal',
    'measure',
    'section',
    'anchoring',
    'coverage',
    'statusUpdate',
    'workshopIdea',
    'wheelEvent',
  ]),
  /**
   * Id of the focus area, goal, measure, section, status report, workshop idea or wheel event; the target group
   * or violence form id for coverage.
   */
  id: z.string().optional(),
  /** The field to fix, e.g. `leadOwnerUnitId`, `mandate.givenBy`, `targetGroups`. */
  field: z.string().optional(),
});
export type FindingTarget = z.infer<typeof FindingTarget>;

/**
 * One plan-quality finding. `id` is the stable rule id (the same for every finding of that rule);
 * `findingKey` tells findings apart. `text` is the message by id (key `finding.<id>`, or a variant of it) that
 * the page and the CLI render in their language; `message` is its Bokmål rendering, for logs and scripts.
 */
export const QualityFinding = z.object({
  id: z.string(),
  severity: FindingSeverity,
  message: z.string(),
  text: Message,
  target: FindingTarget,
});
export type QualityFinding = z.infer<typeof QualityFinding>;

/** A key unique within one check's findings, for lists and React keys. */
export function findingKey(finding: QualityFinding): string {
  const { kind, id = '', field = '' } = finding.target;
  return `${finding.id}|${kind}|${id}|${field}`;
}

/**
 * A finding of rule `id` whose message is `finding.<id>` (or `finding.<id>.<variant>` where one rule says
 * different things) filled with `params`.
 */
export function findingOf(
  id: string,
  severity: FindingSeverity,
  target: FindingTarget,
  params?: MessageParams,
  variant?: string,
): QualityFinding {
  const text = message(variant ? `finding.${id}.${variant}` : `finding.${id}`, params);
  return { id, severity, message: formatCoreMessage(text), text, target };
}
