import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../core/schema/plan';
import { SESSION_IDS, type SessionId } from './agenda';
import { OpenQuestionsSummary } from './OpenQuestionsSummary';
import { formatClock, isFinished, isRunning, remainingMs } from './timer';
import type { SessionTimers } from './useSessionTimers';

interface SessionPanelProps {
  session: SessionId;
  timers: SessionTimers;
  plan: Plan;
  onNext(): void;
}

/** The session on now: what the group does, its timer in large figures, and (at the quality check) what is open. */
export function SessionPanel({ session, timers, plan, onNext }: SessionPanelProps) {
  const { t } = useTranslation();
  const timer = timers.timers[session];
  const running = isRunning(timer);
  const left = remainingMs(timer, timers.now);
  const finished = isFinished(timer, timers.now);
  const index = SESSION_IDS.indexOf(session);
  const title = t(`workshop.sessions.${session}.title`);
  return (
    <section className="ph-session" aria-labelledby="session-heading">
      <Paragraph className="ph-session__step" data-size="sm">
        {t('workshop.session.step', { number: index + 1, total: SESSION_IDS.length })}
      </Paragraph>
      <Heading level={2} data-size="lg" id="session-heading">
        {title}
      </Heading>
      <Paragraph className="ph-session__guide">{t(`workshop.sessions.${session}.guide`)}</Paragraph>
      <div className="ph-timer" data-finished={finished || undefined} data-running={running || undefined}>
        <div
          className="ph-timer__clock"
          role="timer"
          aria-live="off"
          aria-label={t('workshop.session.timerLabel', { session: title })}
        >
          {formatClock(left)}
        </div>
        {finished && <Paragraph className="ph-timer__out">{t('workshop.session.timeOut')}</Paragraph>}
        <div className="ph-timer__buttons">
          {running ? (
            <Button onClick={() => timers.pause(session)}>{t('workshop.session.pause')}</Button>
          ) : (
            <Button onClick={() => timers.start(session)} aria-disabled={left === 0 || undefined}>
              {timer.remainingMs < timer.durationMs && left > 0
                ? t('workshop.session.resume')
                : t('workshop.session.start')}
            </Button>
          )}
          <Button variant="secondary" onClick={() => timers.reset(session)}>
            {t('workshop.session.reset')}
          </Button>
          {index < SESSION_IDS.length - 1 && (
            <Button variant="tertiary" onClick={onNext}>
              {t('workshop.session.next', {
                session: t(`workshop.sessions.${SESSION_IDS[index + 1]!}.title`),
              })}
            </Button>
          )}
        </div>
      </div>
      {session === 'quality' && <OpenQuestionsSummary plan={plan} />}
    </section>
  );
}
