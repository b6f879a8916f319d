import { safeLine } from '../../../core/text/safeText';

/** A name as part of a file name: characters file systems refuse replaced, at most 120 characters. */
export function fileNamePart(name: string): string {
  return safeLine(name)
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120);
}

/** `Statusskjema 2027-T2 - Barneverntjenesten.xlsx`, with characters file systems refuse replaced. */
export function statusFormFileName(periodId: string, unitName: string): string {
  return `Statusskjema ${periodId} - ${fileNamePart(unitName) || 'enhet'}.xlsx`;
}
