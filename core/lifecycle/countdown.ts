import { addDays } from 'date-fns/addDays';
import { intervalToDuration } from 'date-fns/intervalToDuration';
import { parseISO } from 'date-fns/parseISO';
import { type Message, message } from '../messages/message';
import type { LifecycleStatus } from './state';

function part(unit: 'years' | 'months' | 'days', n: number): Message {
  return message(`lifecycle.time.${unit}.${n === 1 ? 'one' : 'other'}`, { n });
}

/**
 * How long is left of the period, counting `today` and the last day: «2 år og 3 måneder igjen av
 * planperioden»; days are named only in the last month. Null before the period starts and after it ends.
 */
export function timeLeft(status: LifecycleStatus, today: string): Message | null {
  if (status.phase === 'before' || status.phase === 'after') return null;
  const {
    years = 0,
    months = 0,
    days = 0,
  } = intervalToDuration({
    start: parseISO(today),
    end: addDays(parseISO(status.period.end), 1),
  });
  const parts: Message[] = [];
  if (years > 0) parts.push(part('years', years));
  if (months > 0) parts.push(part('months', months));
  if (years === 0 && months === 0) parts.push(part('days', Math.max(days, 1)));
  const [first, second] = parts;
  const time = second && first ? message('lifecycle.time.and', { a: first, b: second }) : (first as Message);
  return message('lifecycle.countdown', { time });
}
