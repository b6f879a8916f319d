import { useCallback, useEffect, useRef } from 'react';
import type { Language } from '../../core/schema/common';
import { invoke } from '../api/client';
import { useNotices } from '../components/Notices';
import { setUiLanguage } from '../i18n';
import { userMessage } from './errors';

/** Applies the saved language at start; returns how to change it (saved in the settings). */
export function useLanguageSetting(): (language: Language) => Promise<void> {
  const { showError } = useNotices();
  // A language chosen before the saved one has arrived is the one the user wants (and is being saved).
  const chosen = useRef(false);
  useEffect(() => {
    invoke('settings.get', {})
      .then((settings) => (chosen.current ? undefined : setUiLanguage(settings.language)))
      .catch(() => undefined);
  }, []);
  return useCallback(
    async (language: Language) => {
      chosen.current = true;
      await setUiLanguage(language);
      try {
        await invoke('settings.update', { language });
      } catch (error) {
        showError(userMessage(error));
      }
    },
    [showError],
  );
}
