import { PLAN_FILE_EXTENSION } from '../../../core/schema/fileExtension';

/** A file name for the save dialog from the plan's title, without characters Windows forbids. */
export function suggestedFileName(title: string): string {
  const base = title
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${base || 'Handlingsplan'}${PLAN_FILE_EXTENSION}`;
}
