import * as z from 'zod';
import { setCooperationLevel, setCooperationReviewed } from '../crisisCentre/cooperation';
import { addGapMeasure } from '../crisisCentre/gapMeasure';
import { preAnswerAssessment } from '../crisisCentre/preAnswers';
import {
  addInternalControlEntry,
  addSupervisionFinding,
  removeInternalControlEntry,
  removeSupervisionFinding,
  setMunicipalityFacts,
  updateProfile,
  updateSupervisionFinding,
} from '../crisisCentre/profile';
import { generateCrisisCentreSection } from '../crisisCentre/profileText';
import { Id, IsoDate, LongText, ShortText } from '../schema/common';
import {
  CooperationGroup,
  CooperationLevel,
  CooperationService,
  CrisisCentreDuty,
  CrisisCentreProfile,
  MunicipalityCrisisFacts,
  SupervisionFinding,
} from '../schema/crisisCentre';
import { Measure } from '../schema/measure';
import { cleared, defineOperation, patchOf } from './operation';

const ProfileChanges = patchOf(CrisisCentreProfile.omit({ municipalities: true, lastSupervision: true }));
const FactsChanges = patchOf(MunicipalityCrisisFacts.omit({ municipality: true }));
const FindingChanges = patchOf(SupervisionFinding.omit({ id: true }));
const MeasureFields = patchOf(Measure.omit({ id: true, focusAreaId: true, title: true }));

/** Edits of the crisis-centre profile, the cooperation matrix, supervision findings and the internal-control log. */
export const crisisCentreOperations = {
  'crisisCentre.update': defineOperation({
    args: z.object({ changes: ProfileChanges }).strict(),
    apply: (plan, { changes }) => updateProfile(plan, cleared(changes)),
  }),
  'crisisCentre.setSupervision': defineOperation({
    args: z.object({ date: IsoDate.nullable(), by: ShortText }).strict(),
    apply: (plan, { date, by }) => {
      const current = plan.crisisCentre?.lastSupervision ?? { by: '', findings: [] };
      const { date: _old, ...rest } = current;
      return updateProfile(plan, { lastSupervision: { ...rest, by, ...(date ? { date } : {}) } });
    },
  }),
  'crisisCentre.setMunicipalityFacts': defineOperation({
    args: z.object({ municipality: ShortText, changes: FactsChanges }).strict(),
    apply: (plan, { municipality, changes }) => setMunicipalityFacts(plan, municipality, cleared(changes)),
  }),
  'crisisCentre.addFinding': defineOperation({
    args: z
      .object({
        id: Id.optional(),
        text: LongText.min(1),
        duty: CrisisCentreDuty.optional(),
        followUp: LongText.optional(),
        closedOn: IsoDate.optional(),
      })
      .strict(),
    apply: (plan, { id, ...fields }) => addSupervisionFinding(plan, fields, id),
  }),
  'crisisCentre.updateFinding': defineOperation({
    args: z.object({ id: Id, changes: FindingChanges }).strict(),
    apply: (plan, { id, changes }) => updateSupervisionFinding(plan, id, cleared(changes)),
  }),
  'crisisCentre.removeFinding': defineOperation({
    args: z.object({ id: Id }).strict(),
    apply: (plan, { id }) => removeSupervisionFinding(plan, id),
  }),
  /** Writes the «Krisesentertilbudet» section from the profile (replaces its text if it is there). */
  'crisisCentre.generateSection': defineOperation({
    args: z.object({ id: Id.optional() }).strict(),
    apply: (plan, { id }) => generateCrisisCentreSection(plan, id),
  }),
  /** Answers the self-assessment items the profile settles, where they are still unanswered. */
  'crisisCentre.preAnswer': defineOperation({
    args: z.object({ today: IsoDate }).strict(),
    apply: (plan, { today }) => preAnswerAssessment(plan, today),
  }),
  'cooperation.setLevel': defineOperation({
    args: z
      .object({ service: CooperationService, group: CooperationGroup, level: CooperationLevel.nullable() })
      .strict(),
    apply: (plan, { service, group, level }) => setCooperationLevel(plan, service, group, level ?? undefined),
  }),
  'cooperation.setReviewed': defineOperation({
    args: z.object({ reviewedOn: IsoDate.nullable() }).strict(),
    apply: (plan, { reviewedOn }) => setCooperationReviewed(plan, reviewedOn ?? undefined),
  }),
  /** A gap in the matrix becomes a measure (from the catalogue) in one step. */
  'cooperation.gapToMeasure': defineOperation({
    args: z
      .object({
        service: CooperationService,
        id: Id.optional(),
        focusAreaId: Id,
        title: ShortText.min(1),
        fields: MeasureFields.optional(),
      })
      .strict(),
    apply: (plan, { service, id, focusAreaId, title, fields }) =>
      addGapMeasure(plan, service, { ...cleared(fields ?? {}), focusAreaId, title, ...(id ? { id } : {}) }),
  }),
  'internalControl.add': defineOperation({
    args: z
      .object({
        id: Id.optional(),
        date: IsoDate,
        text: ShortText.min(1),
        municipality: ShortText.optional(),
      })
      .strict(),
    apply: (plan, { id, ...fields }) => addInternalControlEntry(plan, fields, id),
  }),
  'internalControl.remove': defineOperation({
    args: z.object({ id: Id }).strict(),
    apply: (plan, { id }) => removeInternalControlEntry(plan, id),
  }),
};
