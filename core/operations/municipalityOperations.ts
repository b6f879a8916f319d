import * as z from 'zod';
import {
  setEventMunicipality,
  setLocalOwner,
  setMeasureMunicipalities,
  setUnitMunicipality,
  updateMunicipality,
} from '../municipalities/edits';
import { Id, ShortText } from '../schema/common';
import { Municipality } from '../schema/organisation';
import { cleared, defineOperation, patchOf } from './operation';

/** Edits of a plan shared by several municipalities: who belongs where, what applies where, who owns it there. */
export const municipalityOperations = {
  'municipality.update': defineOperation({
    args: z.object({ name: ShortText, changes: patchOf(Municipality.omit({ name: true })) }).strict(),
    apply: (plan, { name, changes }) => updateMunicipality(plan, name, cleared(changes)),
  }),
  'unit.setMunicipality': defineOperation({
    args: z.object({ unitId: Id, municipality: ShortText.nullable() }).strict(),
    apply: (plan, { unitId, municipality }) => setUnitMunicipality(plan, unitId, municipality ?? undefined),
  }),
  'measure.setMunicipalities': defineOperation({
    args: z.object({ id: Id, municipalities: z.array(ShortText).max(100) }).strict(),
    apply: (plan, { id, municipalities }) => setMeasureMunicipalities(plan, id, municipalities),
  }),
  'measure.setLocalOwner': defineOperation({
    args: z.object({ id: Id, municipality: ShortText, unitId: Id.nullable() }).strict(),
    apply: (plan, { id, municipality, unitId }) => setLocalOwner(plan, id, municipality, unitId ?? undefined),
  }),
  'wheelEvent.setMunicipality': defineOperation({
    args: z.object({ id: Id, municipality: ShortText.nullable() }).strict(),
    apply: (plan, { id, municipality }) => setEventMunicipality(plan, id, municipality ?? undefined),
  }),
};
