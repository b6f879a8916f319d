import Holidays from 'date-holidays';
import type { PublicHoliday } from '../../../core/wheel/warnings';

/**
 * Norway's public holidays (helligdager and høytidsdager: the days the holiday act closes offices) from the
 * `date-holidays` data, which ships with the package and needs no network. Observances such as Mother's Day
 * and half days such as Christmas Eve are left out.
 */
export function norwegianPublicHolidays(fromYear: number, toYear: number): PublicHoliday[] {
  const calendar = new Holidays('NO', { languages: ['no'] });
  const holidays: PublicHoliday[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    for (const holiday of calendar.getHolidays(year)) {
      if (holiday.type !== 'public') continue;
      holidays.push({ date: holiday.date.slice(0, 10), name: holiday.name });
    }
  }
  return holidays;
}
