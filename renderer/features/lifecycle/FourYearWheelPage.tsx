import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FOUR_YEAR_RINGS,
  FOUR_YEARS,
  fourYearOccurrences,
  fourYearStart,
} from '../../../core/lifecycle/fourYearWheel';
import { layoutWheel, type PlacedItem } from '../../../core/wheel/layout';
import { occurrenceDates, wheelText } from '../../../core/wheel/text';
import { invoke } from '../../api/client';
import { useOpenPlan } from '../document/DocumentContext';
import { uiLanguage } from '../wheel/describe';
import { WheelGraphic } from '../wheel/WheelGraphic';
import { DownloadButton } from './DownloadButton';
import { useToday } from './useToday';
import './lifecycle.css';
import '../wheel/wheel.css';

/**
 * The four-year wheel beside the annual wheel, drawn by the same code: the council term, the planning
 * strategy, the master plan, the economy plan each autumn and the plan's own period. Nothing here is typed in.
 */
export function FourYearWheelPage() {
  const doc = useOpenPlan();
  const { plan } = doc;
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const today = useToday();
  const from = fourYearStart(plan);
  const to = from + FOUR_YEARS - 1;
  const [selected, setSelected] = useState<string | null>(null);
  const layout = useMemo(
    () =>
      layoutWheel({
        year: from,
        years: FOUR_YEARS,
        occurrences: fourYearOccurrences(plan, from, language),
        rings: FOUR_YEAR_RINGS,
        today,
      }),
    [plan, from, language, today],
  );
  const text = useMemo(
    () => wheelText({ language, today, hubLines: [plan.municipality.name] }),
    [language, today, plan.municipality.name],
  );
  const label = useCallback(
    (item: PlacedItem) =>
      t('planLife.fourYear.itemLabel', {
        number: item.number,
        dates: occurrenceDates(item.occurrence, language),
        title: item.occurrence.title,
      }),
    [t, language],
  );
  const chosen = layout.items.find((item) => item.occurrence.id === selected);
  const years = Array.from({ length: FOUR_YEARS }, (_, i) => from + i);

  return (
    <div className="ph-wheel-page ph-four-year">
      <div className="ph-page-intro">
        <Heading level={1} data-size="lg" tabIndex={-1}>
          {t('planLife.fourYear.heading', { from, to })}
        </Heading>
        <Paragraph>{t('planLife.fourYear.intro')}</Paragraph>
      </div>
      <div className="ph-wheel-layout">
        <div className="ph-wheel-main">
          <p id="four-year-hint" className="ph-wheel-hint">
            {t('planLife.fourYear.keyboardHint')}
          </p>
          <span id="four-year-name" hidden>
            {t('planLife.fourYear.wheelLabel', { from, to })}
          </span>
          <div className="ph-wheel-figure">
            <WheelGraphic
              layout={layout}
              text={text}
              labelledBy="four-year-name"
              describedBy="four-year-hint"
              itemLabel={label}
              onOpen={setSelected}
            />
          </div>
          <p aria-live="polite" className="ph-four-year-selected">
            {chosen ? t('planLife.fourYear.selected', { text: label(chosen) }) : ''}
          </p>
          <div className="ph-lifecycle-actions">
            {(['svg', 'png'] as const).map((format) => (
              <DownloadButton
                key={format}
                document={doc}
                label={t(format === 'svg' ? 'planLife.fourYear.exportSvg' : 'planLife.fourYear.exportPng')}
                exportFile={(docId) =>
                  invoke('wheel.exportImage', { docId, fourYear: true, format, language })
                }
              />
            ))}
          </div>
        </div>
        <div className="ph-wheel-side">
          <Heading level={2} data-size="sm">
            {t('planLife.fourYear.listHeading')}
          </Heading>
          {years.map((year) => {
            const items = layout.items.filter(
              (item) => (item.continuesBefore ? from : Number(item.occurrence.start.slice(0, 4))) === year,
            );
            if (items.length === 0) return null;
            return (
              <section key={year} aria-labelledby={`four-year-${year}`}>
                <Heading level={3} data-size="xs" id={`four-year-${year}`}>
                  {year}
                </Heading>
                <ol className="ph-four-year-list">
                  {items.map((item) => (
                    <li key={item.occurrence.id} value={item.number}>
                      {occurrenceDates(item.occurrence, language)}: {item.occurrence.title}
                    </li>
                  ))}
                </ol>
              </section>
            );
          })}
        </div>
      </div>
    </div>
  );
}
