import { format } from 'date-fns/format';
import { useCallback, useEffect, useState } from 'react';
import type { LibraryEntry } from '../../../contract/methods/library';
import { invoke } from '../../api/client';
import { userMessage } from '../../app/errors';
import { latestRequest } from '../../app/latestRequest';

const FOLDER_KEY = 'planhjulet.library.folder';

export interface Library {
  folder: string | null;
  entries: LibraryEntry[];
  loading: boolean;
  error: string | null;
  reload(): Promise<void>;
  /** Shows another folder (desktop app); remembered on this machine. */
  showFolder(folder: string): Promise<void>;
}

function rememberedFolder(): string | undefined {
  try {
    return localStorage.getItem(FOLDER_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The library folder's plan files, loaded on arrival and after each change. */
export function useLibrary(allowOtherFolders: boolean): Library {
  const [folder, setFolder] = useState<string | null>(null);
  const [entries, setEntries] = useState<LibraryEntry[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  // A big folder takes a while to list: the remembered folder's listing must not replace one chosen meanwhile.
  const [request] = useState(latestRequest);

  const load = useCallback(
    async (wanted: string | undefined) => {
      const isLatest = request();
      setLoading(true);
      setError(null);
      try {
        // The lifecycle is judged on the page's today, so the page and its filters agree.
        const today = format(new Date(), 'yyyy-MM-dd');
        const listed = await invoke('library.list', { ...(wanted ? { folder: wanted } : {}), today });
        if (!isLatest()) return;
        setFolder(listed.folder);
        setEntries(listed.entries);
      } catch (failure) {
        if (isLatest()) setError(userMessage(failure));
      } finally {
        if (isLatest()) setLoading(false);
      }
    },
    [request],
  );

  useEffect(() => {
    void load(allowOtherFolders ? rememberedFolder() : undefined);
  }, [allowOtherFolders, load]);

  const reload = useCallback(() => load(folder ?? undefined), [folder, load]);
  const showFolder = useCallback(
    async (next: string) => {
      try {
        localStorage.setItem(FOLDER_KEY, next);
      } catch {
        // Not remembered; shown anyway.
      }
      await load(next);
    },
    [load],
  );

  return { folder, entries, loading, error, reload, showFolder };
}
