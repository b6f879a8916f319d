import { createContext, useContext } from 'react';
import type { PlanDocument, PlanDocuments } from './usePlanDocument';

export const DocumentContext = createContext<PlanDocuments | null>(null);

export function usePlanDocuments(): PlanDocuments {
  const value = useContext(DocumentContext);
  if (!value) throw new Error('usePlanDocuments must be used inside DocumentContext');
  return value;
}

/** The open plan, for pages that only exist while a plan is open. */
export function useOpenPlan(): PlanDocument {
  const current = usePlanDocuments().current;
  if (!current) throw new Error('useOpenPlan needs an open plan');
  return current;
}
