import { format } from 'date-fns/format';
import { useMemo } from 'react';

/** Today as `YYYY-MM-DD`, read once per page; the lifecycle's states are derived from it, never stored. */
export function useToday(): string {
  return useMemo(() => format(new Date(), 'yyyy-MM-dd'), []);
}
