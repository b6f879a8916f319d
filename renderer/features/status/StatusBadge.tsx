import type { StatusOrMissing } from '../../../core/status/summary';
import { LightSymbol } from './LightSymbol';
import { lightOf } from './statusLights';
import { useDomainLanguage } from './useDomainLanguage';

/** A status as symbol and words («▲ Pågår – risiko»), tinted by its traffic light. */
export function StatusBadge({ status }: { status: StatusOrMissing }) {
  const { statusLabel } = useDomainLanguage();
  const light = lightOf(status);
  return (
    <span className="ph-status" data-light={light}>
      <LightSymbol light={light} />
      <span>{statusLabel(status)}</span>
    </span>
  );
}
