import type { Catalogues, Message } from './message';
import { message } from './message';

type Key = 'name.measure' | 'name.measure-untitled' | 'name.focus-area' | 'name.focus-area-untitled';

/** How messages name the things of a plan, in each language. */
export const nameMessages: Catalogues<Key> = {
  nb: {
    'name.measure': 'Tiltak {{number}} «{{title}}»',
    'name.measure-untitled': 'Tiltak {{number}} (uten tittel)',
    'name.focus-area': 'Satsingsområde {{number}} «{{title}}»',
    'name.focus-area-untitled': 'Satsingsområde {{number}} (uten tittel)',
  },
  nn: {
    'name.measure': 'Tiltak {{number}} «{{title}}»',
    'name.measure-untitled': 'Tiltak {{number}} (utan tittel)',
    'name.focus-area': 'Satsingsområde {{number}} «{{title}}»',
    'name.focus-area-untitled': 'Satsingsområde {{number}} (utan tittel)',
  },
  en: {
    'name.measure': 'Measure {{number}} “{{title}}”',
    'name.measure-untitled': 'Measure {{number}} (untitled)',
    'name.focus-area': 'Focus area {{number}} “{{title}}”',
    'name.focus-area-untitled': 'Focus area {{number}} (untitled)',
  },
};

/** «Tiltak 1.2 «Lage rutine …»», as a message parameter. */
export function measureName(number: string, title: string): Message {
  const trimmed = title.trim();
  return trimmed === ''
    ? message('name.measure-untitled', { number })
    : message('name.measure', { number, title: trimmed });
}

/** «Satsingsområde 2 «Forebygging»», as a message parameter. */
export function focusAreaName(number: number, title: string): Message {
  const trimmed = title.trim();
  return trimmed === ''
    ? message('name.focus-area-untitled', { number })
    : message('name.focus-area', { number, title: trimmed });
}
