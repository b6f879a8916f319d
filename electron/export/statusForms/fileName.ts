import { safeLine } from '../../../core/text/safeText';

/** `Statusskjema 2027-T2 - Barneverntjenesten.xlsx`, with characters file systems refuse replaced. */
export function statusFormFileName(periodId: string, unitName: string): string {
  const safe = safeLine(unitName)
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120);
  return `Statusskjema ${periodId} - ${safe || 'enhet'}.xlsx`;
}
