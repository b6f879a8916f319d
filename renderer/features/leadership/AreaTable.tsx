import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { LightSymbol } from '../status/LightSymbol';
import { LIGHTS } from '../status/statusLights';
import type { AreaSummary } from './leadershipSummary';

/** Status per focus area: a row per area with the count per light and a bar showing the shares. */
export function AreaTable({ areas, caption }: { areas: AreaSummary[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <Table className="ph-area-table">
      <caption className="ds-sr-only">{caption}</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t('leadership.areas.area')}</Table.HeaderCell>
          {LIGHTS.map((light) => (
            <Table.HeaderCell key={light} className="ph-num">
              <span className="ph-area-table__light">
                <LightSymbol light={light} />
                <span>{t(`leadership.lights.${light}`)}</span>
              </span>
            </Table.HeaderCell>
          ))}
          <Table.HeaderCell className="ph-num">{t('leadership.areas.total')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {areas.map((area) => (
          <Table.Row key={area.focusAreaId}>
            <Table.HeaderCell scope="row" className="ph-area-table__title">
              <span>
                {area.number}. {area.title}
              </span>
              <span className="ph-share" aria-hidden="true">
                {LIGHTS.filter((light) => area.lights[light] > 0).map((light) => (
                  <span
                    key={light}
                    className="ph-share__part"
                    data-light={light}
                    style={{ flexGrow: area.lights[light] }}
                  />
                ))}
              </span>
            </Table.HeaderCell>
            {LIGHTS.map((light) => (
              <Table.Cell key={light} className="ph-num" data-zero={area.lights[light] === 0 || undefined}>
                {area.lights[light]}
              </Table.Cell>
            ))}
            <Table.Cell className="ph-num">{area.total}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
