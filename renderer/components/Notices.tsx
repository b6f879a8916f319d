import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface NoticesApi {
  /** Read out politely by screen readers; not shown. For confirmations («Satsingsområdet er lagt til»). */
  announce(text: string): void;
  /** Shown at the top of the page and read out at once. For things that did not happen. */
  showError(text: string): void;
  clearError(): void;
}

interface NoticesState {
  announcement: { text: string; serial: number };
  error: string | null;
}

const NoticesContext = createContext<(NoticesApi & NoticesState) | null>(null);

export function NoticesProvider({ children }: { children: ReactNode }) {
  const [announcement, setAnnouncement] = useState({ text: '', serial: 0 });
  const [error, setError] = useState<string | null>(null);
  const announce = useCallback((text: string) => {
    setAnnouncement((previous) => ({ text, serial: previous.serial + 1 }));
  }, []);
  const showError = useCallback((text: string) => setError(text), []);
  const clearError = useCallback(() => setError(null), []);
  const value = useMemo(
    () => ({ announce, showError, clearError, announcement, error }),
    [announce, showError, clearError, announcement, error],
  );
  return <NoticesContext.Provider value={value}>{children}</NoticesContext.Provider>;
}

export function useNotices(): NoticesApi {
  const value = useContext(NoticesContext);
  if (!value) throw new Error('useNotices must be used inside NoticesProvider');
  return value;
}

function useNoticesState(): NoticesApi & NoticesState {
  const value = useContext(NoticesContext);
  if (!value) throw new Error('Notices components must be used inside NoticesProvider');
  return value;
}

/** The polite live region for announcements; the serial key makes a repeated message be read again. */
export function Announcer() {
  const { announcement } = useNoticesState();
  return (
    <div className="ds-sr-only" role="status" aria-live="polite" aria-atomic="true">
      <span key={announcement.serial}>{announcement.text}</span>
    </div>
  );
}

/** The visible error message; its container is always present so screen readers notice the change. */
export function ErrorNotice() {
  const { t } = useTranslation();
  const { error, clearError } = useNoticesState();
  return (
    <div aria-live="assertive" aria-atomic="true" className="ph-error-notice">
      {error && (
        <Alert data-color="danger">
          <div className="ph-alert-row">
            <Paragraph>{error}</Paragraph>
            <Button variant="tertiary" data-size="sm" onClick={clearError}>
              {t('document.dismiss')}
            </Button>
          </div>
        </Alert>
      )}
    </div>
  );
}
