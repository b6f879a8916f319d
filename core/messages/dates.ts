import { format, parseISO } from 'date-fns';
import { enGB, nb, nn } from 'date-fns/locale';
import { inLanguages } from './inLanguages';
import type { Message } from './message';

/** «31. mars 2026» (nb, nn) / «31 March 2026» (en), as a message parameter; `iso` is `YYYY-MM-DD`. */
export function longDate(iso: string): Message {
  const date = parseISO(iso);
  return inLanguages({
    nb: format(date, 'd. MMMM yyyy', { locale: nb }),
    nn: format(date, 'd. MMMM yyyy', { locale: nn }),
    en: format(date, 'd MMMM yyyy', { locale: enGB }),
  });
}

/** The name of month `month` (1–12), «februar» / «February», as a message parameter. */
export function monthName(month: number): Message {
  const date = new Date(2000, month - 1, 1);
  return inLanguages({
    nb: format(date, 'LLLL', { locale: nb }),
    nn: format(date, 'LLLL', { locale: nn }),
    en: format(date, 'LLLL', { locale: enGB }),
  });
}
