import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../contract/contract';
import { invoke } from '../api/client';

export type AppInfo = MethodOutput<'app.info'>;

/** `app.info` once at start; null until it arrives (or if the backend cannot be reached). */
export function useAppInfo(): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    invoke('app.info', {})
      .then(setInfo)
      .catch(() => setInfo(null));
  }, []);
  return info;
}
