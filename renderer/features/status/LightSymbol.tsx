import type { Light } from './statusLights';

/**
 * A shape per traffic light, so a status is never told by colour alone: check (done), dot (on track),
 * triangle (risk), square (late or stopped), ring (not started, not reported). Always shown beside words.
 */
export function LightSymbol({ light }: { light: Light }) {
  return (
    <svg className="ph-light" data-light={light} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {light === 'blue' && (
        <>
          <circle cx="8" cy="8" r="7.5" />
          <path d="M4.3 8.3l2.4 2.4 5-5.2" fill="none" stroke="#fff" strokeWidth="2" strokeLinecap="round" />
        </>
      )}
      {light === 'green' && <circle cx="8" cy="8" r="6.5" />}
      {light === 'yellow' && <path d="M8 1l7.5 13.5H0.5z" />}
      {light === 'red' && <rect x="1.5" y="1.5" width="13" height="13" rx="1.5" />}
      {light === 'grey' && <circle cx="8" cy="8" r="5.5" fill="none" strokeWidth="2.2" />}
    </svg>
  );
}
