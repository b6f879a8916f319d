import { useTranslation } from 'react-i18next';
import { ALL_STATUSES_AND_MISSING, type StatusOrMissing } from '../../../core/status/summary';
import { LightSymbol } from '../status/LightSymbol';
import { LIGHTS, lightOf } from '../status/statusLights';
import { useDomainLanguage } from '../status/useDomainLanguage';

/** Five large figures, one per traffic light, each with its symbol, its name and the statuses inside it. */
export function LightTiles({ counts, total }: { counts: Record<StatusOrMissing, number>; total: number }) {
  const { t } = useTranslation();
  const { statusLabel } = useDomainLanguage();
  return (
    <ul className="ph-tiles" aria-label={t('leadership.tiles.label', { count: total })}>
      {LIGHTS.map((light) => {
        const parts = ALL_STATUSES_AND_MISSING.filter((s) => lightOf(s) === light && counts[s] > 0);
        const value = parts.reduce((sum, s) => sum + counts[s], 0);
        return (
          <li key={light} className="ph-tile" data-light={light}>
            <span className="ph-tile__value">{value}</span>
            <span className="ph-tile__name">
              <LightSymbol light={light} />
              <span>{t(`leadership.lights.${light}`)}</span>
            </span>
            <span className="ph-tile__parts">
              {parts.length > 1 ? parts.map((s) => `${statusLabel(s)} ${counts[s]}`).join(' · ') : '\u00a0'}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
