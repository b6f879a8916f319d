import * as z from 'zod';
import { Id, IsoDate, IsoDateTime, Language, LongText, ShortText, Year } from './common';
import { CooperationMatrix, CrisisCentreProfile, InternalControlEntry } from './crisisCentre';
import { Evaluation } from './evaluation';
import { FocusArea } from './focusArea';
import { AnchoringMap, LifecycleRecord } from './lifecycle';
import { Measure } from './measure';
import { Member, Municipality, Unit } from './organisation';
import { ReportingScheme } from './reporting';
import { RichText } from './richText';
import { StatusUpdate } from './status';
import { WheelEvent } from './wheel';

export const Lifecycle = z.enum(['draft', 'consultation', 'adopted', 'revision', 'expired']);
export type Lifecycle = z.infer<typeof Lifecycle>;

export const TextSection = z.object({
  id: Id,
  /** Template section this came from (`introduction`, `background`, …), or absent for the group's own. */
  kind: z.string().max(100).optional(),
  title: ShortText,
  body: RichText.default([]),
});
export type TextSection = z.infer<typeof TextSection>;

/** Answer to one item of the self-assessment checklist (kartlegging). */
export const AssessmentAnswer = z.object({
  itemId: z.string().max(100),
  answer: z.enum(['yes', 'partly', 'no', 'unknown']).default('unknown'),
  note: LongText.default(''),
});

export const WorkshopIdea = z.object({
  id: Id,
  focusAreaId: Id.optional(),
  text: ShortText.min(1),
  group: ShortText.default(''),
  votes: z.number().int().min(0).max(1000).default(0),
  convertedToMeasureId: Id.optional(),
});
export type WorkshopIdea = z.infer<typeof WorkshopIdea>;

/** The three questions KOSTRA asks each municipality every year. `null` means not yet answered. */
export const KostraFacts = z.object({
  politicallyAdoptedPlan: z.boolean().nullable().default(null),
  coordinatorNamed: z.boolean().nullable().default(null),
  crisisCentreCooperationUnitIds: z.array(Id).default([]),
});

export const Plan = z
  .object({
    id: Id,
    title: ShortText.min(1, 'Planen må ha en tittel'),
    municipality: Municipality,
    partnerMunicipalities: z.array(Municipality).default([]),
    period: z.object({ fromYear: Year, toYear: Year }),
    lifecycle: Lifecycle.default('draft'),
    language: Language.default('nb'),
    adoption: z
      .object({ body: ShortText.default(''), date: IsoDate.optional(), caseNumber: ShortText.default('') })
      .default({ body: '', caseNumber: '' }),
    mandate: z
      .object({ givenBy: ShortText.default(''), date: IsoDate.optional(), text: LongText.default('') })
      .default({ givenBy: '', text: '' }),
    anchoring: z
      .object({ politicalBody: ShortText.default(''), administrativeOwner: ShortText.default('') })
      .default({ politicalBody: '', administrativeOwner: '' }),
    coordinator: z
      .object({ name: ShortText.default(''), role: ShortText.default(''), unitId: Id.optional() })
      .default({ name: '', role: '' }),
    kostra: KostraFacts.default({
      politicallyAdoptedPlan: null,
      coordinatorNamed: null,
      crisisCentreCooperationUnitIds: [],
    }),
    sections: z.array(TextSection).default([]),
    focusAreas: z.array(FocusArea).default([]),
    units: z.array(Unit).default([]),
    members: z.array(Member).default([]),
    measures: z.array(Measure).default([]),
    wheelEvents: z.array(WheelEvent).default([]),
    reportingScheme: ReportingScheme.default({
      cycle: 'tertial',
      collectionDaysAfterEnd: 14,
      meetingDaysAfterEnd: 45,
      meetingBody: 'Kommunestyret',
      overrides: [],
    }),
    // The bulk of a followed-up plan's file. Compiled, zod checks each update in one generated function, a third
    // of the time of its general parser when a command reads a big plan once; a wrong update still goes through
    // the general parser, which gives the messages. Where code may not be generated (the page's CSP), compile
    // gives the schema back unchanged.
    statusUpdates: z.array(z.compile(StatusUpdate)).default([]),
    assessment: z.array(AssessmentAnswer).default([]),
    workshopIdeas: z.array(WorkshopIdea).default([]),
    /** Mid-term and final evaluations, newest last (schema 2; absent in older files). */
    evaluations: z.array(Evaluation).optional(),
    /** The crisis-centre service the plan's municipalities share. */
    crisisCentre: CrisisCentreProfile.optional(),
    /** How the services cooperate with the crisis centre. */
    cooperation: CooperationMatrix.optional(),
    /** Dated internal-control entries (kommuneloven § 25-1) for the crisis-centre service. */
    internalControlLog: z.array(InternalControlEntry).max(1000).optional(),
    /** The lifecycle's decisions (consultation, rollovers, revision started); the states by date are derived. */
    lifecycleRecord: LifecycleRecord.optional(),
    /** Where the plan stands in the municipality's steering documents, and its goals marked as steering goals. */
    anchoringMap: AnchoringMap.optional(),
    /** Set on a plan created by revising an earlier one. */
    previousPlan: z.object({ id: Id, title: ShortText, path: z.string().max(4000).optional() }).optional(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .superRefine((plan, ctx) => {
    if (plan.period.toYear < plan.period.fromYear) {
      ctx.addIssue({
        code: 'custom',
        path: ['period', 'toYear'],
        message: 'Planperioden slutter før den begynner',
      });
    }
    const focusAreaIds = new Set(plan.focusAreas.map((f) => f.id));
    const unitIds = new Set(plan.units.map((u) => u.id));
    const measureIds = new Set<string>();
    plan.measures.forEach((m, i) => {
      if (measureIds.has(m.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['measures', i, 'id'],
          message: `Tiltaks-id «${m.id}» finnes to ganger`,
        });
      }
      measureIds.add(m.id);
      if (!focusAreaIds.has(m.focusAreaId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['measures', i, 'focusAreaId'],
          message: 'Tiltaket peker på et satsingsområde som ikke finnes',
        });
      }
      for (const unitId of [
        m.leadOwnerUnitId,
        ...m.partnerUnitIds,
        ...(m.localOwners ?? []).map((o) => o.unitId),
      ]) {
        if (unitId !== undefined && !unitIds.has(unitId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['measures', i],
            message: `Tiltaket peker på en enhet som ikke finnes (${unitId})`,
          });
        }
      }
    });
    plan.statusUpdates.forEach((u, i) => {
      if (!measureIds.has(u.measureId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['statusUpdates', i, 'measureId'],
          message: 'Statusrapporten gjelder et tiltak som ikke finnes',
        });
      }
    });
  });
export type Plan = z.infer<typeof Plan>;
export type PlanInput = z.input<typeof Plan>;
