import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { nb } from 'date-fns/locale/nb';
import { nn } from 'date-fns/locale/nn';
import { parseISO } from 'date-fns/parseISO';
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
