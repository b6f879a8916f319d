import { useEffect, useState } from 'react';
import type { TemplatesData } from '../../../contract/methods/drafting';
import type { Language } from '../../../core/schema/common';
import { invoke } from '../../api/client';
import { userMessage } from '../../app/errors';

/** One request per language and session: the templates never change while the app runs. */
const requests = new Map<Language, Promise<TemplatesData>>();

function request(language: Language): Promise<TemplatesData> {
  let pending = requests.get(language);
  if (!pending) {
    pending = invoke('templates.get', { language });
    requests.set(language, pending);
    pending.catch(() => requests.delete(language));
  }
  return pending;
}

/**
 * The catalogue, guidance, checklist and vocabulary from `templates.get`, in `language`. When the language
 * changes, the texts already shown stay until the new ones have arrived.
 */
export function useTemplates(language: Language): { templates: TemplatesData | null; error: string | null } {
  const [templates, setTemplates] = useState<TemplatesData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    request(language)
      .then((data) => {
        if (!live) return;
        setTemplates(data);
        setError(null);
      })
      .catch((e: unknown) => {
        if (live) setError(userMessage(e));
      });
    return () => {
      live = false;
    };
  }, [language]);
  return { templates, error };
}
