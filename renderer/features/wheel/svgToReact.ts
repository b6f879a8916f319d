import { createElement, type ReactElement, type ReactNode } from 'react';
import type { SvgElement, SvgNode } from '../../../core/wheel/svgTree';

/** SVG attribute names as React wants them: `stroke-width` → `strokeWidth`, `class` → `className`. */
export function reactAttributeName(name: string): string {
  if (name === 'class') return 'className';
  if (name.startsWith('aria-') || name.startsWith('data-')) return name;
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * Turns the wheel's element tree (the same one the exports write to a file) into React elements. `itemProps`
 * gives the group of each occurrence what only the screen has: focus, click and keyboard handling.
 */
export function svgToReact(
  node: SvgNode,
  itemProps: (occurrenceId: string) => Record<string, unknown>,
  key: string | number = 0,
): ReactNode {
  if (typeof node === 'string') return node;
  const props: Record<string, unknown> = { key };
  for (const [name, value] of Object.entries(node.attrs)) props[reactAttributeName(name)] = value;
  if (node.occurrenceId !== undefined) Object.assign(props, itemProps(node.occurrenceId));
  return createElement(
    node.tag,
    props,
    ...node.children.map((child, index) => svgToReact(child, itemProps, index)),
  ) as ReactElement;
}

/** The root's attributes without its children, for callers that render the root themselves. */
export function rootAttributes(root: SvgElement): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(root.attrs).map(([name, value]) => [reactAttributeName(name), value]),
  );
}
