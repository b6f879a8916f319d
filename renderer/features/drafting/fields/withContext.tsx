import type { ReactNode } from 'react';

/**
 * A visible label followed by words only screen readers get («Utgangspunkt» + « – indikator 1 for mål 1.2»),
 * so repeated fields have distinct names that still begin with what is on screen.
 */
export function withContext(label: ReactNode, context: string | undefined): ReactNode {
  if (!context) return label;
  return (
    <>
      {label}
      <span className="ds-sr-only"> {context}</span>
    </>
  );
}
