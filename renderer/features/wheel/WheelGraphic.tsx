import { createElement, type KeyboardEvent, useCallback, useId, useMemo, useRef, useState } from 'react';
import type { PlacedItem, WheelLayout } from '../../../core/wheel/layout';
import { type WheelText, wheelSvg } from '../../../core/wheel/svg';
import { rootAttributes, svgToReact } from './svgToReact';

interface WheelGraphicProps {
  layout: WheelLayout;
  text: WheelText;
  /** Id of the element naming the wheel, and of the keyboard hint. */
  labelledBy: string;
  describedBy: string;
  itemLabel(item: PlacedItem): string;
  onOpen(occurrenceId: string): void;
}

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp']);

/**
 * The wheel on screen: the very drawing the exports write, with each item made a button. One item is in the
 * tab order at a time (roving tabindex); arrow keys go round the year, Home and End to its ends, Enter or
 * Space opens the item.
 */
export function WheelGraphic({
  layout,
  text,
  labelledBy,
  describedBy,
  itemLabel,
  onOpen,
}: WheelGraphicProps) {
  const idPrefix = `wheel${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const [active, setActive] = useState<string | null>(null);
  const elements = useRef(new Map<string, SVGGElement>());
  const order = useMemo(() => layout.items.map((item) => item.occurrence.id), [layout]);
  const byId = useMemo(() => new Map(layout.items.map((item) => [item.occurrence.id, item])), [layout]);
  const current = active !== null && byId.has(active) ? active : (order[0] ?? null);

  const tree = useMemo(
    () => wheelSvg(layout, { text, idPrefix, interactive: true }),
    [layout, text, idPrefix],
  );

  const move = useCallback(
    (from: string, step: number | 'first' | 'last') => {
      if (order.length === 0) return;
      const index = order.indexOf(from);
      let next: number;
      if (step === 'first') next = 0;
      else if (step === 'last') next = order.length - 1;
      else next = (index + step + order.length) % order.length;
      const id = order[next] as string;
      setActive(id);
      elements.current.get(id)?.focus();
    },
    [order],
  );

  const itemProps = useCallback(
    (occurrenceId: string) => {
      const item = byId.get(occurrenceId);
      return {
        ref: (element: SVGGElement | null) => {
          if (element) elements.current.set(occurrenceId, element);
          else elements.current.delete(occurrenceId);
        },
        role: 'button',
        tabIndex: occurrenceId === current ? 0 : -1,
        'aria-label': item ? itemLabel(item) : undefined,
        'aria-haspopup': 'dialog',
        'data-occurrence-id': occurrenceId,
        onFocus: () => setActive(occurrenceId),
        onClick: () => {
          setActive(occurrenceId);
          onOpen(occurrenceId);
        },
        onKeyDown: (event: KeyboardEvent<SVGGElement>) => {
          let handled = true;
          if (NEXT_KEYS.has(event.key)) move(occurrenceId, 1);
          else if (PREVIOUS_KEYS.has(event.key)) move(occurrenceId, -1);
          else if (event.key === 'Home') move(occurrenceId, 'first');
          else if (event.key === 'End') move(occurrenceId, 'last');
          else if (event.key === 'Enter' || event.key === ' ') onOpen(occurrenceId);
          else handled = false;
          if (handled) event.preventDefault();
        },
      };
    },
    [byId, current, itemLabel, move, onOpen],
  );

  return createElement(
    'svg',
    {
      ...rootAttributes(tree),
      className: 'ph-wheel-svg',
      role: 'group',
      'aria-labelledby': labelledBy,
      'aria-describedby': describedBy,
    },
    ...tree.children.map((child, index) => svgToReact(child, itemProps, index)),
  );
}
