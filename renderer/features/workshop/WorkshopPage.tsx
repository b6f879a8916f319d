import { Button, Heading, Paragraph, Switch } from '@digdir/designsystemet-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../../components/Notices';
import { useOpenPlan } from '../document/DocumentContext';
import { HistoryButtons } from '../document/HistoryButtons';
import { SaveStatusView } from '../document/SaveStatusView';
import { AgendaPanel } from './AgendaPanel';
import { SESSION_IDS, type SessionId } from './agenda';
import { HandoutButton } from './HandoutButton';
import { IdeaBoard } from './IdeaBoard';
import { SessionPanel } from './SessionPanel';
import { useFullscreen } from './useFullscreen';
import { useHighContrast } from './useHighContrast';
import { useSessionTimers } from './useSessionTimers';
import './workshop.css';

/**
 * Workshop mode, for a working group around one screen: large type, optional high contrast and full screen,
 * the agenda with a timer per session, and the idea board. Everything typed here is saved in the plan.
 */
export function WorkshopPage() {
  const { t } = useTranslation();
  const doc = useOpenPlan();
  const { announce } = useNotices();
  const [session, setSession] = useState<SessionId>('start');
  const [contrast, setContrast] = useHighContrast();
  const fullscreen = useFullscreen();
  const onFinished = useCallback(
    (id: SessionId) =>
      announce(t('workshop.session.timeOutFor', { session: t(`workshop.sessions.${id}.title`) })),
    [announce, t],
  );
  const timers = useSessionTimers(onFinished);
  const next = () => {
    const index = SESSION_IDS.indexOf(session);
    const following = SESSION_IDS[index + 1];
    if (following) setSession(following);
  };

  return (
    <div
      className="ph-workshop"
      data-size="lg"
      data-contrast={contrast || undefined}
      data-color-scheme={contrast ? 'dark' : undefined}
    >
      <div className="ph-workshop__bar">
        <div className="ph-workshop__title">
          <Heading level={1} data-size="md" tabIndex={-1}>
            {t('workshop.heading')}
          </Heading>
          <Paragraph data-size="sm">
            {doc.plan.title} · {doc.plan.municipality.name}
          </Paragraph>
        </div>
        <div className="ph-workshop__tools">
          {fullscreen.active && <SaveStatusView document={doc} />}
          {fullscreen.active && <HistoryButtons document={doc} />}
          <Switch
            label={t('workshop.highContrast')}
            checked={contrast}
            onChange={(e) => setContrast(e.target.checked)}
          />
          {fullscreen.available && (
            <Button
              variant="secondary"
              onClick={() => void fullscreen.toggle()}
              aria-pressed={fullscreen.active}
            >
              {fullscreen.active ? t('workshop.exitFullscreen') : t('workshop.fullscreen')}
            </Button>
          )}
          <HandoutButton document={doc} />
        </div>
      </div>
      <div className="ph-workshop__body">
        <div className="ph-workshop__side">
          <SessionPanel session={session} timers={timers} plan={doc.plan} onNext={next} />
          <AgendaPanel current={session} timers={timers} onSelect={setSession} />
        </div>
        <IdeaBoard document={doc} />
      </div>
    </div>
  );
}
