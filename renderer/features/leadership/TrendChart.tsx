import { Details, Table } from '@digdir/designsystemet-react';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LightSymbol } from '../status/LightSymbol';
import { LIGHTS } from '../status/statusLights';
import { useDomainLanguage } from '../status/useDomainLanguage';
import type { TrendPoint } from './leadershipSummary';
import { shortPeriodLabel } from './shortPeriodLabel';
import { trendChartLayout } from './trendChart';

const WIDTH = 480;
const HEIGHT = 250;

/**
 * How the statuses have moved over the periods, as stacked bars with a legend of symbols and words. The SVG
 * is described in one sentence for screen readers, and the same numbers are in a table below it.
 */
export function TrendChart({ trend }: { trend: TrendPoint[] }) {
  const { t } = useTranslation();
  const { language, periodLabel } = useDomainLanguage();
  const id = useId();
  const layout = useMemo(
    () =>
      trendChartLayout(
        trend.map((p) => ({ label: shortPeriodLabel(p.periodId, language), counts: p.lights })),
        { width: WIDTH, height: HEIGHT },
      ),
    [trend, language],
  );
  const first = trend[0];
  const last = trend.at(-1);
  if (!first || !last) return null;
  const description = t('leadership.trend.description', {
    from: periodLabel(first.periodId),
    to: periodLabel(last.periodId),
    doneFrom: first.lights.blue,
    doneTo: last.lights.blue,
    lateFrom: first.lights.red,
    lateTo: last.lights.red,
    riskFrom: first.lights.yellow,
    riskTo: last.lights.yellow,
  });

  return (
    <div className="ph-trend">
      <ul className="ph-legend" aria-hidden="true">
        {LIGHTS.map((light) => (
          <li key={light}>
            <LightSymbol light={light} />
            {t(`leadership.lights.${light}`)}
          </li>
        ))}
      </ul>
      <svg
        className="ph-trend__chart"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        <title id={`${id}-title`}>{t('leadership.trend.title')}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {layout.ticks.map((tick) => (
          <g key={tick.value} className="ph-trend__tick">
            <line x1={layout.left} x2={layout.right} y1={tick.y} y2={tick.y} />
            <text x={layout.left - 6} y={tick.y} textAnchor="end" dominantBaseline="middle">
              {tick.value}
            </text>
          </g>
        ))}
        {layout.bars.map((bar) => (
          <g key={bar.label.join('-')}>
            {bar.segments.map((segment) => (
              <g key={segment.light}>
                <rect
                  className="ph-trend__segment"
                  data-light={segment.light}
                  x={bar.x}
                  y={segment.y}
                  width={bar.width}
                  height={segment.height}
                />
                {segment.height >= 15 && (
                  <text
                    className="ph-trend__count"
                    data-light={segment.light}
                    x={bar.x + bar.width / 2}
                    y={segment.y + segment.height / 2}
                    textAnchor="middle"
                    dominantBaseline="central"
                  >
                    {segment.count}
                  </text>
                )}
              </g>
            ))}
            {bar.label.map((line, index) => (
              <text
                key={line}
                className="ph-trend__label"
                x={bar.x + bar.width / 2}
                y={layout.baseline + 16 + index * 15}
                textAnchor="middle"
              >
                {line}
              </text>
            ))}
          </g>
        ))}
        <line
          className="ph-trend__axis"
          x1={layout.left}
          x2={layout.right}
          y1={layout.baseline}
          y2={layout.baseline}
        />
      </svg>
      <Details>
        <Details.Summary>{t('leadership.trend.showTable')}</Details.Summary>
        <Details.Content>
          <Table className="ph-trend__table" zebra>
            <caption className="ds-sr-only">{t('leadership.trend.title')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('leadership.trend.period')}</Table.HeaderCell>
                {LIGHTS.map((light) => (
                  <Table.HeaderCell key={light} className="ph-num">
                    <span className="ph-area-table__light">
                      <LightSymbol light={light} />
                      <span>{t(`leadership.lights.${light}`)}</span>
                    </span>
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {trend.map((point) => (
                <Table.Row key={point.periodId}>
                  <Table.HeaderCell scope="row">{periodLabel(point.periodId)}</Table.HeaderCell>
                  {LIGHTS.map((light) => (
                    <Table.Cell key={light} className="ph-num">
                      {point.lights[light]}
                    </Table.Cell>
                  ))}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </Details.Content>
      </Details>
    </div>
  );
}
