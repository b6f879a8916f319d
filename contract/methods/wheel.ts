import * as z from 'zod';
import { Id, IsoDate, Language, Year } from '../../core/schema/common';
import { WheelRing } from '../../core/schema/wheel';
import { DocId, FilePath } from '../common';
import { method } from '../define';
import { MunicipalityName } from './exports';
import { FileDelivery, OutputPath } from './files';

/**
 * Which plan an export reads: the open document (`docId`, the app and the browser) or a plan file on disk
 * (`path`, the command line; read without locking it, like `plan.validate`).
 */
const PlanSource = {
  docId: DocId.optional(),
  path: FilePath.optional(),
};
const oneSource = (input: { docId?: string | undefined; path?: string | undefined }) =>
  (input.docId === undefined) !== (input.path === undefined);
const oneSourceMessage = { message: 'Oppgi enten et åpent dokument (docId) eller en planfil (path).' };

export const PublicHolidayEntry = z.object({ date: z.string(), name: z.string() });

export const wheelMethods = {
  /** Norway's public holidays in the years, for the deadline warnings on the page. */
  'wheel.holidays': method(
    z
      .object({ fromYear: Year, toYear: Year })
      .strict()
      .refine((r) => r.toYear >= r.fromYear && r.toYear - r.fromYear <= 20, {
        message: 'Velg høyst 20 år, og et sluttår som ikke er før startåret.',
      }),
    z.array(PublicHolidayEntry),
  ),
  /**
   * One year's annual wheel (`year`), or the four-year wheel (`fourYear`), as a picture (SVG or PNG) with the
   * list of events beside it. `today` (`YYYY-MM-DD`) draws the wheel as on that day.
   */
  'wheel.exportImage': method(
    z
      .object({
        ...PlanSource,
        year: Year.optional(),
        fourYear: z.boolean().optional(),
        today: IsoDate.optional(),
        format: z.enum(['svg', 'png']),
        language: Language.optional(),
        rings: z.array(WheelRing).min(1).max(6).optional(),
        ownerUnitId: Id.optional(),
        /** One council's wheel: its own and the shared events and measures. */
        municipality: MunicipalityName.optional(),
        out: OutputPath,
      })
      .strict()
      .refine(oneSource, oneSourceMessage)
      .refine((r) => (r.year === undefined) === (r.fourYear === true), {
        message: 'Oppgi enten et år (year) eller fireårshjulet (fourYear).',
      }),
    FileDelivery,
  ),
  /** The whole plan period as an iCalendar file: wheel events, reporting dates, measure deadlines. */
  'wheel.exportCalendar': method(
    z
      .object({
        ...PlanSource,
        language: Language.optional(),
        municipality: MunicipalityName.optional(),
        today: IsoDate.optional(),
        out: OutputPath,
      })
      .strict()
      .refine(oneSource, oneSourceMessage),
    FileDelivery,
  ),
};
