import { useEffect, useState } from 'react';
import type { PublicHoliday } from '../../../core/wheel/warnings';
import { invoke } from '../../api/client';

/**
 * Norway's public holidays for the years, from the backend (the holiday data is too large to ship in the page).
 * Empty until they arrive, or if they cannot be had: the warnings about weekends and summer still work.
 */
export function useHolidays(fromYear: number, toYear: number): readonly PublicHoliday[] {
  const [holidays, setHolidays] = useState<readonly PublicHoliday[]>([]);
  useEffect(() => {
    let current = true;
    invoke('wheel.holidays', { fromYear, toYear })
      .then((list) => {
        if (current) setHolidays(list);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [fromYear, toYear]);
  return holidays;
}
