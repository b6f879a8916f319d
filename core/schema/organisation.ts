import * as z from 'zod';
import { EmailAddress, Id, IsoDate, ShortText } from './common';

export const UnitKind = z.enum(['municipal', 'state', 'voluntary', 'rvts', 'other']);
export type UnitKind = z.infer<typeof UnitKind>;

/**
 * An organisation that can own or take part in measures. Measures point at units by id, so a unit can be
 * renamed after a reorganisation without breaking old reports; earlier names are kept for those reports.
 */
export const Unit = z.object({
  id: Id,
  name: ShortText.min(1),
  kind: UnitKind.default('municipal'),
  /** Template unit type this unit came from (e.g. `barnevern`), if any. */
  typeId: z.string().max(100).optional(),
  formerNames: z.array(z.object({ name: ShortText, until: IsoDate })).default([]),
  /** Where status forms and reminders to this unit go (a shared inbox or its contact). */
  email: EmailAddress.optional(),
  /** In a plan of several municipalities: the municipality (by name) the unit belongs to; absent = shared. */
  municipality: ShortText.optional(),
});
export type Unit = z.infer<typeof Unit>;

/** A member of the working group. */
export const Member = z.object({
  id: Id,
  name: ShortText.min(1),
  role: ShortText.default(''),
  unitId: Id.optional(),
  email: ShortText.optional(),
});
export type Member = z.infer<typeof Member>;

export const Municipality = z.object({
  name: ShortText.min(1),
  /** Four-digit municipality number (kommunenummer), when known. */
  number: z
    .string()
    .regex(/^\d{4}$/, 'Kommunenummer har fire sifre')
    .optional(),
  /** Part of the Sami language administrative area: information in Sami is expected. */
  samiArea: z.boolean().optional(),
  /** The council that receives this municipality's reports (e.g. «Kommunestyret i Saltdal»). */
  council: ShortText.optional(),
});
export type Municipality = z.infer<typeof Municipality>;
