import { Paragraph, Spinner } from '@digdir/designsystemet-react';
import { type ReactNode, useEffect, useState } from 'react';

/** How long a wait goes on before its spinner shows: most are over sooner, and a spinner that flashes is noise. */
const SPINNER_DELAY_MS = 400;

interface BusyProps {
  /** What is being waited for, shown at once. */
  children: ReactNode;
  className?: string;
  /** `status` where the wait starts after the page is shown, so that screen readers say it. */
  role?: 'status';
  size?: 'sm';
}

/**
 * A wait, explained: the text at once, the spinner when the wait lasts. Designsystemet's spinner also lines its
 * animation up with every animation on the page as it mounts (`document.getAnimations()`), which on the start
 * page took longer than loading the lists it waited for.
 */
export function Busy({ children, className, role, size }: BusyProps) {
  const [lasting, setLasting] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setLasting(true), SPINNER_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <div className={className ? `ph-busy ${className}` : 'ph-busy'} role={role}>
      {lasting ? <Spinner aria-hidden data-size="sm" /> : <span className="ph-busy__spinner-place" />}
      <Paragraph data-size={size}>{children}</Paragraph>
    </div>
  );
}
