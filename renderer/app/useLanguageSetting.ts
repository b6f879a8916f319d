import { useCallback, useEffect } from 'react';
import type { Language } from '../../core/schema/common';
import { invoke } from '../api/client';
import { useNotices } from '../components/Notices';
import { setUiLanguage } from '../i18n';
import { userMessage } from './errors';

/** Applies the saved language at start; returns how to change it (saved in the settings). */
export function useLanguageSetting(): (language: Language) => Promise<void> {
  const { showError } = useNotices();
  useEffect(() => {
    invoke('settings.get', {})
      .then((settings) => setUiLanguage(settings.language))
      .catch(() => undefined);
  }, []);
  return useCallback(
    async (language: Language) => {
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
