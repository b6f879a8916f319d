import { safeText } from '../text/safeText';

/** A small element tree for SVG: serialised to a file by the exports, turned into React elements on screen. */
export interface SvgElement {
  tag: string;
  attrs: Record<string, string | number>;
  children: SvgNode[];
  /** Set on the group of one occurrence: the screen makes it focusable and clickable. */
  occurrenceId?: string;
}
export type SvgNode = SvgElement | string;

export function el(tag: string, attrs: Record<string, string | number | undefined>, ...children: SvgNode[]) {
  const clean: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(attrs)) if (value !== undefined) clean[key] = value;
  return { tag, attrs: clean, children } satisfies SvgElement;
}

/** Text and attribute values as XML holds them: cleaned of what XML cannot hold, then escaped. */
function escapeXml(text: string): string {
  return safeText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Rounds coordinates so files stay small and identical from run to run. */
export function num(value: number): number {
  return Math.round(value * 100) / 100;
}

export function serializeSvg(node: SvgNode): string {
  if (typeof node === 'string') return escapeXml(node);
  const attrs = Object.entries(node.attrs)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  if (node.children.length === 0) return `<${node.tag}${attrs}/>`;
  return `<${node.tag}${attrs}>${node.children.map(serializeSvg).join('')}</${node.tag}>`;
}

/** All text in the tree, in document order (tests use it to prove labels are there). */
export function textContent(node: SvgNode): string[] {
  if (typeof node === 'string') return [node];
  return node.children.flatMap(textContent);
}
