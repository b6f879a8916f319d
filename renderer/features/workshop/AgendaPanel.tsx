import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseMinutes, SESSION_IDS, type SessionId } from './agenda';
import { formatClock, isFinished, isRunning, remainingMs } from './timer';
import type { SessionTimers } from './useSessionTimers';

interface AgendaPanelProps {
  current: SessionId;
  timers: SessionTimers;
  onSelect(id: SessionId): void;
}

/** The sessions in order, each with its minutes (changeable) and whether its time is running or out. */
export function AgendaPanel({ current, timers, onSelect }: AgendaPanelProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [drafts, setDrafts] = useState<Partial<Record<SessionId, string>>>({});
  const total = SESSION_IDS.reduce((sum, id) => sum + timers.minutes[id], 0);

  const stateOf = (id: SessionId) => {
    const timer = timers.timers[id];
    if (isRunning(timer))
      return t('workshop.agenda.running', { time: formatClock(remainingMs(timer, timers.now)) });
    if (isFinished(timer, timers.now)) return t('workshop.agenda.finished');
    if (timer.remainingMs < timer.durationMs)
      return t('workshop.agenda.paused', { time: formatClock(timer.remainingMs) });
    return '';
  };

  return (
    <nav className="ph-agenda" aria-labelledby="agenda-heading">
      <div className="ph-agenda__head">
        <Heading level={2} data-size="xs" id="agenda-heading">
          {t('workshop.agenda.heading', { minutes: total })}
        </Heading>
        <Button
          variant="tertiary"
          data-size="sm"
          aria-expanded={editing}
          onClick={() => setEditing(!editing)}
        >
          {editing ? t('workshop.agenda.doneEditing') : t('workshop.agenda.editMinutes')}
        </Button>
      </div>
      <ol className="ph-agenda__list">
        {SESSION_IDS.map((id, index) => {
          const state = stateOf(id);
          const draft = drafts[id] ?? String(timers.minutes[id]);
          const invalid = parseMinutes(draft) === null;
          return (
            <li key={id} className="ph-agenda__item" data-current={id === current || undefined}>
              <button
                type="button"
                className="ph-agenda__session"
                aria-current={id === current ? 'step' : undefined}
                onClick={() => onSelect(id)}
              >
                <span className="ph-agenda__number">{index + 1}</span>
                <span className="ph-agenda__title">{t(`workshop.sessions.${id}.title`)}</span>
                <span className="ph-agenda__minutes">
                  {t('workshop.agenda.minutes', { count: timers.minutes[id] })}
                </span>
                {state && <span className="ph-agenda__state">{state}</span>}
              </button>
              {editing && (
                <Textfield
                  className="ph-agenda__minutes-field"
                  data-size="sm"
                  label={t('workshop.agenda.minutesLabel', { session: t(`workshop.sessions.${id}.title`) })}
                  inputMode="numeric"
                  size={4}
                  value={draft}
                  error={invalid ? t('workshop.agenda.minutesInvalid') : undefined}
                  onChange={(event) => {
                    const text = event.target.value;
                    setDrafts((previous) => ({ ...previous, [id]: text }));
                    const value = parseMinutes(text);
                    if (value !== null) timers.setMinutes(id, value);
                  }}
                />
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
