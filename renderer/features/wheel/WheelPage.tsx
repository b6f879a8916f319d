import { Button, Dialog, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { format } from 'date-fns/format';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../core/ids';
import { RING_LABELS } from '../../../core/labels/domainLabels';
import { op } from '../../../core/operations/registry';
import { occurrencesInYear, outlook } from '../../../core/wheel/agenda';
import type { WheelEventFields } from '../../../core/wheel/events';
import { layoutWheel, type PlacedItem } from '../../../core/wheel/layout';
import { occurrenceDates, wheelText } from '../../../core/wheel/text';
import { dateWarnings } from '../../../core/wheel/warnings';
import { useNotices } from '../../components/Notices';
import { useOpenPlan } from '../document/DocumentContext';
import { AgendaList } from './AgendaList';
import { uiLanguage, warningSentence } from './describe';
import { EventForm } from './EventForm';
import { NextDays } from './NextDays';
import { OccurrenceDetails } from './OccurrenceDetails';
import { useHolidays } from './useHolidays';
import { WheelExports } from './WheelExports';
import { WheelFilters } from './WheelFilters';
import { WheelGraphic } from './WheelGraphic';
import { initialYear, matchesFilter, SHOW_EVERYTHING, type WheelFilter } from './wheelFilter';
import './wheel.css';

type Editing = { mode: 'add' } | { mode: 'edit'; eventId: string } | null;

function todayIso(): string {
  return format(new Date(), 'yyyy-MM-dd');
}

/** The annual wheel of the open plan: the wheel, «Neste 60 dager», the agenda by month, and editing events. */
export function WheelPage() {
  const doc = useOpenPlan();
  const { plan } = doc;
  const { t, i18n } = useTranslation();
  const { announce } = useNotices();
  const language = uiLanguage(i18n.language);
  const today = useMemo(todayIso, []);
  const { fromYear, toYear } = plan.period;
  const [year, setYear] = useState(() => initialYear(plan.period, today));
  const [filter, setFilter] = useState<WheelFilter>(SHOW_EVERYTHING);
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const holidays = useHolidays(fromYear - 1, toYear + 1);

  useEffect(() => {
    if (year < fromYear || year > toYear) setYear(Math.min(toYear, Math.max(fromYear, year)));
  }, [year, fromYear, toYear]);

  const occurrences = useMemo(() => occurrencesInYear(plan, year, language), [plan, year, language]);
  const shown = useMemo(() => occurrences.filter((o) => matchesFilter(o, filter)), [occurrences, filter]);
  const layout = useMemo(
    () => layoutWheel({ year, occurrences: shown, rings: filter.rings, today }),
    [year, shown, filter.rings, today],
  );
  const warnings = useMemo(
    () => new Map(dateWarnings(shown, holidays).map((w) => [w.occurrenceId, w])),
    [shown, holidays],
  );
  const ahead = useMemo(() => outlook(plan, today, language), [plan, today, language]);
  const aheadWarnings = useMemo(
    () => new Map(dateWarnings(ahead.due, holidays).map((w) => [w.occurrenceId, w])),
    [ahead, holidays],
  );
  const text = useMemo(
    () => wheelText({ language, today, hubLines: [plan.municipality.name] }),
    [language, today, plan.municipality.name],
  );

  const itemLabel = useCallback(
    (item: PlacedItem) => {
      const label = t('wheel.page.itemLabel', {
        number: item.number,
        dates: occurrenceDates(item.occurrence, language),
        title: item.occurrence.title,
        ring: RING_LABELS[item.ring][language],
      });
      const warning = warnings.get(item.occurrence.id);
      return warning
        ? `${label} ${t('wheel.page.itemWarning', { warning: warningSentence(warning, t, language) })}`
        : label;
    },
    [t, language, warnings],
  );

  const selectedItem = layout.items.find((i) => i.occurrence.id === selected);
  const selectedOccurrence =
    selectedItem?.occurrence ??
    ahead.due.find((o) => o.id === selected) ??
    occurrences.find((o) => o.id === selected);
  const editedEvent =
    editing?.mode === 'edit' ? plan.wheelEvents.find((e) => e.id === editing.eventId) : undefined;

  // Focus goes back where it came from when a dialog closes: the wheel item, the list entry or the add button.
  const opener = useRef<HTMLElement | null>(null);
  const rememberOpener = () => {
    opener.current =
      document.activeElement instanceof HTMLElement || document.activeElement instanceof SVGElement
        ? (document.activeElement as HTMLElement)
        : null;
  };
  const focusLater = (find: () => HTMLElement | null | undefined) => {
    requestAnimationFrame(() => find()?.focus());
  };
  const focusEvent = (eventId: string) =>
    focusLater(
      () =>
        document.querySelector<HTMLElement>(`[data-occurrence-id^="${CSS.escape(eventId)}@"]`) ??
        document.getElementById('wheel-add-button'),
    );

  const openDetails = (occurrenceId: string) => {
    rememberOpener();
    setSelected(occurrenceId);
  };

  const closeDetails = () => {
    setSelected(null);
    const back = opener.current;
    focusLater(() => (back?.isConnected ? back : document.getElementById('wheel-add-button')));
  };

  const openFromOutlook = (occurrenceId: string, occurrenceYear: number) => {
    if (occurrenceYear >= fromYear && occurrenceYear <= toYear) setYear(occurrenceYear);
    openDetails(occurrenceId);
  };

  const startAdding = () => {
    rememberOpener();
    setEditing({ mode: 'add' });
  };

  /** Leaving the form without saving: back to the details it came from, or to the add button. */
  const cancelEditing = () => {
    setEditing(null);
    if (selected === null) focusLater(() => document.getElementById('wheel-add-button'));
  };

  const submitEvent = (fields: WheelEventFields): boolean => {
    if (editing?.mode === 'edit') {
      const eventId = editing.eventId;
      if (!doc.apply(op('wheelEvent.update', { id: eventId, fields }))) return false;
      announce(t('wheel.form.saved', { title: fields.title }));
      setSelected(null);
      setEditing(null);
      focusEvent(eventId);
      return true;
    }
    const addedId = newId();
    const next = doc.apply(op('wheelEvent.add', { id: addedId, fields }));
    if (!next) return false;
    announce(t('wheel.form.added', { title: fields.title }));
    setEditing(null);
    focusEvent(addedId);
    return true;
  };

  const removeSelected = () => {
    const occurrence = selectedOccurrence;
    if (occurrence?.source !== 'event') return;
    const { eventId } = occurrence;
    if (doc.apply(op('wheelEvent.remove', { id: eventId }))) {
      announce(t('wheel.details.removed', { title: occurrence.title }));
      setSelected(null);
      focusLater(() => document.getElementById('wheel-add-button'));
    }
  };

  const years = Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i);

  return (
    <div className="ph-wheel-page">
      <div className="ph-page-intro">
        <Heading level={1} data-size="lg" tabIndex={-1} id="wheel-heading">
          {t('wheel.page.heading', { year })}
        </Heading>
        <Paragraph>{t('wheel.page.intro')}</Paragraph>
      </div>

      <div className="ph-wheel-toolbar">
        <div className="ph-wheel-years">
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() => setYear(year - 1)}
            disabled={year <= fromYear}
          >
            {t('wheel.year.previous')}
          </Button>
          <Field data-size="sm">
            <Label htmlFor="wheel-year">{t('wheel.year.label')}</Label>
            <Select
              id="wheel-year"
              width="auto"
              value={String(year)}
              onChange={(e) => setYear(Number(e.target.value))}
            >
              {years.map((y) => (
                <Select.Option key={y} value={String(y)}>
                  {y}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() => setYear(year + 1)}
            disabled={year >= toYear}
          >
            {t('wheel.year.next')}
          </Button>
        </div>
        {!doc.readOnly && (
          <Button id="wheel-add-button" onClick={startAdding}>
            {t('wheel.actions.add')}
          </Button>
        )}
      </div>

      <div className="ph-wheel-layout">
        <div className="ph-wheel-main">
          <WheelFilters plan={plan} filter={filter} onChange={setFilter} />
          <p id="wheel-keyboard-hint" className="ph-wheel-hint">
            {t('wheel.page.keyboardHint')}
          </p>
          <span id="wheel-name" hidden>
            {t('wheel.page.wheelLabel', { year })}
          </span>
          <div className="ph-wheel-figure">
            <WheelGraphic
              layout={layout}
              text={text}
              labelledBy="wheel-name"
              describedBy="wheel-keyboard-hint"
              itemLabel={itemLabel}
              onOpen={openDetails}
            />
          </div>
          {layout.items.length === 0 && <Paragraph>{t('wheel.page.empty', { year })}</Paragraph>}
        </div>
        <div className="ph-wheel-side">
          <NextDays plan={plan} outlook={ahead} warnings={aheadWarnings} onOpen={openFromOutlook} />
          <WheelExports document={doc} year={year} filter={filter} />
        </div>
      </div>

      <AgendaList plan={plan} items={layout.items} warnings={warnings} onOpen={openDetails} />

      <Dialog
        open={selectedOccurrence !== undefined && editing === null}
        onClose={closeDetails}
        closeButton={t('wheel.details.close')}
        aria-labelledby="wheel-details-heading"
        closedby="any"
      >
        {selectedOccurrence && editing === null && (
          <OccurrenceDetails
            key={selectedOccurrence.id}
            plan={plan}
            occurrence={selectedOccurrence}
            number={selectedItem?.number}
            warning={warnings.get(selectedOccurrence.id) ?? aheadWarnings.get(selectedOccurrence.id)}
            headingId="wheel-details-heading"
            readOnly={doc.readOnly}
            onEdit={() => setEditing({ mode: 'edit', eventId: selectedOccurrence.eventId })}
            onRemove={removeSelected}
            onClose={closeDetails}
          />
        )}
      </Dialog>

      <Dialog
        open={editing !== null}
        onClose={cancelEditing}
        closeButton={t('wheel.form.cancel')}
        aria-labelledby="wheel-form-heading"
        closedby="closerequest"
      >
        {editing && (
          <>
            <Heading level={2} data-size="sm" id="wheel-form-heading">
              {editing.mode === 'add' ? t('wheel.form.addHeading') : t('wheel.form.editHeading')}
            </Heading>
            <EventForm
              key={editing.mode === 'edit' ? editing.eventId : 'new'}
              plan={plan}
              {...(editedEvent ? { event: editedEvent } : {})}
              headingId="wheel-form-heading"
              onSubmit={submitEvent}
              onCancel={cancelEditing}
            />
          </>
        )}
      </Dialog>
    </div>
  );
}
