import { useEffect, useState } from 'react';
import type { TemplatesData } from '../../../contract/methods/drafting';
import { invoke } from '../../api/client';
import { userMessage } from '../../app/errors';

let cached: Promise<TemplatesData> | null = null;

/** The catalogue, guidance, checklist and vocabulary from `templates.get`, fetched once per session. */
export function useTemplates(): { templates: TemplatesData | null; error: string | null } {
  const [templates, setTemplates] = useState<TemplatesData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    cached ??= invoke('templates.get', {});
    cached
      .then((data) => live && setTemplates(data))
      .catch((e: unknown) => {
        cached = null;
        if (live) setError(userMessage(e));
      });
    return () => {
      live = false;
    };
  }, []);
  return { templates, error };
}
