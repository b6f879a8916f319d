import { useRef } from 'react';
import type { PlanDocument } from '../document/usePlanDocument';

/**
 * The open document through a ref, so callbacks handed to memoised rows can stay the same function across
 * renders and still act on the newest plan.
 */
export function useStableDoc(doc: PlanDocument): { readonly current: PlanDocument } {
  const ref = useRef(doc);
  ref.current = doc;
  return ref;
}
