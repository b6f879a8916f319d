import type { WheelRing } from '../schema/wheel';
import { RING_COLORS, WHEEL_INK } from './colors';
import { type PlacedItem, RING_ORDER, WHEEL_GEOMETRY, type WheelLayout } from './layout';
import { el, num, type SvgElement, type SvgNode } from './svgTree';
import { fitText, textWidth } from './textWidth';

/** The words the wheel shows, in the reader's language. */
export interface WheelText {
  monthNames: readonly string[];
  ringNames: Record<WheelRing, string>;
  /** «I dag 25. november», shown in the hub when today is in the year. */
  todayLabel: string | null;
  /** Short lines under the year in the hub (the municipality). */
  hubLines: readonly string[];
  /** Full description of an item, for its tooltip and for screen readers: date and title. */
  itemTitle(item: PlacedItem): string;
  /** The item's date as the list beside the exported wheel shows it: «15.2.» or «1.3.–31.5.». */
  itemDate(item: PlacedItem): string;
}

export interface WheelSvgOptions {
  text: WheelText;
  /** Prefix for element ids (text paths), unique on the page. */
  idPrefix: string;
  /** Adds focus outlines the screen shows on the focused item. */
  interactive: boolean;
}

export const WHEEL_FONT = 'DejaVu Sans';
const FONT_FAMILY = `'${WHEEL_FONT}', Verdana, sans-serif`;
const TAU = Math.PI * 2;
const { centre } = WHEEL_GEOMETRY;

function point(angle: number, radius: number): [number, number] {
  return [num(centre + radius * Math.sin(angle)), num(centre - radius * Math.cos(angle))];
}

/** An arc path; clockwise from `from` to `to`, or back again when `reverse`. */
function arcPath(from: number, to: number, radius: number, reverse = false): string {
  const end = Math.min(to, from + TAU - 0.0005);
  const large = end - from > Math.PI ? 1 : 0;
  const [x1, y1] = point(reverse ? end : from, radius);
  const [x2, y2] = point(reverse ? from : end, radius);
  return `M${x1} ${y1}A${num(radius)} ${num(radius)} 0 ${large} ${reverse ? 0 : 1} ${x2} ${y2}`;
}

function annulusPath(inner: number, outer: number): string {
  const circle = (r: number) =>
    `M${num(centre)} ${num(centre - r)}A${num(r)} ${num(r)} 0 1 1 ${num(centre)} ${num(centre + r)}A${num(r)} ${num(r)} 0 1 1 ${num(centre)} ${num(centre - r)}Z`;
  return `${circle(outer)}${circle(inner)}`;
}

function segmentPath(from: number, to: number, inner: number, outer: number): string {
  const [ox1, oy1] = point(from, outer);
  const [ox2, oy2] = point(to, outer);
  const [ix2, iy2] = point(to, inner);
  const [ix1, iy1] = point(from, inner);
  return `M${ox1} ${oy1}A${outer} ${outer} 0 0 1 ${ox2} ${oy2}L${ix2} ${iy2}A${inner} ${inner} 0 0 0 ${ix1} ${iy1}Z`;
}

/** Text in the lower half runs the other way round so it never stands on its head. */
function isLowerHalf(angle: number): boolean {
  return angle > Math.PI / 2 && angle < (Math.PI * 3) / 2;
}

/** Text centred on a circle between two angles, upright wherever it is; returns the path and the text. */
function curvedText(
  id: string,
  from: number,
  to: number,
  radius: number,
  label: string,
  attrs: Record<string, string | number>,
): SvgNode[] {
  const fontSize = Number(attrs['font-size']);
  const lower = isLowerHalf((from + to) / 2);
  const baseline = lower ? radius + fontSize * 0.35 : radius - fontSize * 0.35;
  return [
    el('path', { id, d: arcPath(from, to, baseline, lower), fill: 'none' }),
    el('text', attrs, el('textPath', { href: `#${id}`, startOffset: '50%', 'text-anchor': 'middle' }, label)),
  ];
}

/**
 * The outer ring: the twelve months on the annual wheel, the years on a wheel of several years. Each
 * segment is labelled along its arc.
 */
function segmentRing(layout: WheelLayout, options: WheelSvgOptions): SvgElement {
  const { monthInner, monthOuter } = WHEEL_GEOMETRY;
  const count = layout.years === 1 ? 12 : layout.years;
  const label = (i: number) =>
    layout.years === 1 ? (options.text.monthNames[i] ?? '') : String(layout.year + i);
  const children: SvgNode[] = [];
  const defs: SvgNode[] = [];
  const labels: SvgNode[] = [];
  for (let i = 0; i < count; i += 1) {
    const from = (i / count) * TAU;
    const to = ((i + 1) / count) * TAU;
    children.push(
      el('path', {
        d: segmentPath(from, to, monthInner, monthOuter),
        fill: i % 2 === 0 ? WHEEL_INK.monthA : WHEEL_INK.monthB,
      }),
    );
    const [path, text] = curvedText(
      `${options.idPrefix}-month-${i + 1}`,
      from,
      to,
      (monthInner + monthOuter) / 2,
      label(i),
      {
        'font-size': layout.years === 1 ? 19 : 22,
        'font-weight': 'bold',
        fill: WHEEL_INK.text,
      },
    );
    defs.push(path as SvgNode);
    labels.push(text as SvgNode);
  }
  return el(
    'g',
    { class: 'ph-wheel-months', 'aria-hidden': 'true' },
    ...children,
    el('defs', {}, ...defs),
    ...labels,
  );
}

function ringBands(layout: WheelLayout): SvgElement {
  const bands = layout.bands.map((band) =>
    el('path', {
      d: annulusPath(band.inner, band.outer),
      fill: RING_COLORS[band.ring],
      'fill-opacity': 0.09,
      'fill-rule': 'evenodd',
    }),
  );
  const innermost = layout.bands[0]?.inner ?? WHEEL_GEOMETRY.hubRadius;
  // Months on the annual wheel; quarters on a wheel of several years, the years' borders drawn stronger.
  const perYear = layout.years === 1 ? 12 : 4;
  const count = perYear * layout.years;
  const separators = Array.from({ length: count }, (_, i) => {
    const angle = (i / count) * TAU;
    const [x1, y1] = point(angle, innermost);
    const [x2, y2] = point(angle, WHEEL_GEOMETRY.monthInner);
    const strong = layout.years > 1 && i % perYear === 0;
    return el('line', { x1, y1, x2, y2, stroke: WHEEL_INK.line, 'stroke-width': strong ? 3 : 1.2 });
  });
  return el('g', { class: 'ph-wheel-rings', 'aria-hidden': 'true' }, ...bands, ...separators);
}

function todayMarker(layout: WheelLayout): SvgElement | null {
  if (layout.todayAngle === null) return null;
  const angle = layout.todayAngle;
  const [x1, y1] = point(angle, WHEEL_GEOMETRY.hubRadius - 6);
  const [x2, y2] = point(angle, WHEEL_GEOMETRY.monthOuter);
  const tip = point(angle, WHEEL_GEOMETRY.monthOuter + 1);
  const left = point(angle - 0.018, WHEEL_GEOMETRY.monthOuter + 16);
  const right = point(angle + 0.018, WHEEL_GEOMETRY.monthOuter + 16);
  return el(
    'g',
    { class: 'ph-wheel-today', 'aria-hidden': 'true' },
    el('line', { x1, y1, x2, y2, stroke: WHEEL_INK.today, 'stroke-width': 3, 'stroke-linecap': 'round' }),
    el('path', {
      d: `M${tip[0]} ${tip[1]}L${left[0]} ${left[1]}L${right[0]} ${right[1]}Z`,
      fill: WHEEL_INK.today,
    }),
  );
}

function hub(layout: WheelLayout, options: WheelSvgOptions): SvgElement {
  const r = WHEEL_GEOMETRY.hubRadius - 10;
  const lines: SvgNode[] = [];
  let y = centre + 12;
  const years = layout.years === 1 ? String(layout.year) : `${layout.year}–${layout.year + layout.years - 1}`;
  lines.push(
    el(
      'text',
      {
        x: centre,
        y,
        'text-anchor': 'middle',
        'font-size': layout.years === 1 ? 64 : 40,
        'font-weight': 'bold',
        fill: WHEEL_INK.text,
      },
      years,
    ),
  );
  y += 34;
  for (const line of options.text.hubLines) {
    const fitted = fitText(line, r * 1.6, 17);
    if (fitted) {
      lines.push(
        el(
          'text',
          { x: centre, y, 'text-anchor': 'middle', 'font-size': 17, fill: WHEEL_INK.subtle },
          fitted,
        ),
      );
      y += 24;
    }
  }
  if (layout.todayAngle !== null && options.text.todayLabel) {
    const fitted = fitText(options.text.todayLabel, r * 1.5, 16, true);
    lines.push(
      el(
        'text',
        {
          x: centre,
          y: centre - 62,
          'text-anchor': 'middle',
          'font-size': 16,
          'font-weight': 'bold',
          fill: WHEEL_INK.today,
        },
        fitted,
      ),
    );
  }
  return el(
    'g',
    { class: 'ph-wheel-hub', 'aria-hidden': 'true' },
    el('circle', {
      cx: centre,
      cy: centre,
      r,
      fill: WHEEL_INK.background,
      stroke: WHEEL_INK.line,
      'stroke-width': 1.5,
    }),
    ...lines,
  );
}

/** Radius of a dot and the size of the number in it, for a lane of the given width. */
export function dotMetrics(thickness: number): { radius: number; fontSize: number } {
  const radius = Math.min(WHEEL_GEOMETRY.dotRadius, thickness * 0.47);
  return { radius, fontSize: Math.min(16, radius * 1.1) };
}

/**
 * The label along an arc: its number and as many whole words of its title as fit (the screen's accessible name
 * holds the full title, and every word shown must be a word of it), else the number alone, else nothing.
 */
function arcLabel(item: PlacedItem, id: string): SvgNode[] {
  const fontSize = Math.max(10, Math.min(16, item.thickness * 0.56));
  const available = (item.endAngle - item.startAngle) * item.radius - 14;
  const number = String(item.number);
  let label = fitText(`${number} ${item.occurrence.title}`, available, fontSize, false, true);
  if (label === '' || label === `${number}…`)
    label = textWidth(number, fontSize) <= available + 8 ? number : '';
  if (label === '') return [];
  return curvedText(id, item.startAngle, item.endAngle, item.radius, label, {
    'font-size': num(fontSize),
    fill: WHEEL_INK.background,
  });
}

function itemShape(item: PlacedItem, options: WheelSvgOptions): SvgElement {
  const color = RING_COLORS[item.ring];
  const children: SvgNode[] = [el('title', {}, options.text.itemTitle(item))];
  if (item.shape === 'arc') {
    const d = arcPath(item.startAngle, item.endAngle, item.radius);
    const width = num(item.thickness * 0.8);
    if (options.interactive) {
      children.push(
        el('path', {
          class: 'ph-wheel-focus',
          d,
          fill: 'none',
          stroke: WHEEL_INK.text,
          'stroke-width': num(width + 8),
          visibility: 'hidden',
        }),
      );
    }
    children.push(el('path', { d, fill: 'none', stroke: color, 'stroke-width': width }));
    const [path, text] = arcLabel(item, `${options.idPrefix}-item-${item.number}`);
    if (path && text) children.push(el('defs', {}, path), text);
  } else {
    const [cx, cy] = point(item.startAngle, item.radius);
    const { radius, fontSize } = dotMetrics(item.thickness);
    if (options.interactive) {
      children.push(
        el('circle', {
          class: 'ph-wheel-focus',
          cx,
          cy,
          r: num(radius + 4),
          fill: 'none',
          stroke: WHEEL_INK.text,
          'stroke-width': 3,
          visibility: 'hidden',
        }),
      );
    }
    children.push(
      el('circle', {
        cx,
        cy,
        r: num(radius),
        fill: color,
        stroke: WHEEL_INK.background,
        'stroke-width': 1.5,
      }),
    );
    const numberSize = String(item.number).length > 2 ? fontSize * 0.75 : fontSize;
    children.push(
      el(
        'text',
        {
          x: cx,
          y: num(cy + numberSize * 0.36),
          'text-anchor': 'middle',
          'font-size': num(numberSize),
          'font-weight': 'bold',
          fill: WHEEL_INK.background,
        },
        String(item.number),
      ),
    );
  }
  const group = el('g', { class: 'ph-wheel-item', 'data-ring': item.ring }, ...children);
  return { ...group, occurrenceId: item.occurrence.id };
}

/** The wheel itself in a 1000 × 1000 box: months, ring bands, items, today's marker and the hub. */
export function wheelGroup(layout: WheelLayout, options: WheelSvgOptions): SvgElement {
  const marker = todayMarker(layout);
  return el(
    'g',
    { class: 'ph-wheel' },
    el('circle', { cx: centre, cy: centre, r: WHEEL_GEOMETRY.monthOuter, fill: WHEEL_INK.background }),
    ringBands(layout),
    segmentRing(layout, options),
    ...(marker ? [marker] : []),
    el('g', { class: 'ph-wheel-items' }, ...layout.items.map((item) => itemShape(item, options))),
    hub(layout, options),
  );
}

/** The wheel as the screen shows it: a square SVG. The page adds roles, focus and click handling. */
export function wheelSvg(layout: WheelLayout, options: WheelSvgOptions): SvgElement {
  const { size } = WHEEL_GEOMETRY;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${size} ${size}`,
      'font-family': FONT_FAMILY,
    },
    wheelGroup(layout, options),
  );
}

export interface PosterText extends WheelText {
  title: string;
  subtitle: string;
  legendHeading: string;
  listHeading: string;
  footer: string;
  /** One line describing the whole image, for its `<desc>`. */
  description: string;
  /** Width of the list's date column; wider where dates carry their year (the four-year wheel). */
  dateColumnWidth?: number;
}

const POSTER = {
  width: 1780,
  wheelX: 20,
  wheelY: 100,
  panelX: 1050,
  panelWidth: 700,
  columnGap: 24,
  lineHeight: 23,
  fontSize: 15,
  listTop: 300,
} as const;

function legend(text: PosterText, rings: readonly WheelRing[]): SvgNode[] {
  const nodes: SvgNode[] = [
    el(
      'text',
      { x: POSTER.panelX, y: 130, 'font-size': 19, 'font-weight': 'bold', fill: WHEEL_INK.text },
      text.legendHeading,
    ),
  ];
  const columnWidth = (POSTER.panelWidth - POSTER.columnGap) / 2;
  rings.forEach((ring, i) => {
    const x = POSTER.panelX + (i % 2) * (columnWidth + POSTER.columnGap);
    const y = 160 + Math.floor(i / 2) * 30;
    nodes.push(
      el('rect', { x, y: y - 15, width: 18, height: 18, rx: 3, fill: RING_COLORS[ring] }),
      el(
        'text',
        { x: x + 28, y, 'font-size': 16, fill: WHEEL_INK.text },
        fitText(text.ringNames[ring], columnWidth - 32, 16),
      ),
    );
  });
  return nodes;
}

type ListLine = { kind: 'month'; label: string } | { kind: 'item'; item: PlacedItem };

/** The list beside the wheel, under a heading for each month (annual wheel) or each year (several years). */
function listLines(layout: WheelLayout, text: PosterText): ListLine[] {
  const lines: ListLine[] = [];
  let group = '';
  for (const item of layout.items) {
    const start = item.continuesBefore ? `${layout.year}-01-01` : item.occurrence.start;
    const itemGroup = layout.years === 1 ? start.slice(5, 7) : start.slice(0, 4);
    if (itemGroup !== group) {
      group = itemGroup;
      const label = layout.years === 1 ? (text.monthNames[Number(group) - 1] ?? '') : group;
      lines.push({ kind: 'month', label });
    }
    lines.push({ kind: 'item', item });
  }
  return lines;
}

function listLine(line: ListLine, x: number, y: number, width: number, text: PosterText): SvgNode[] {
  const size = POSTER.fontSize;
  if (line.kind === 'month') {
    const label = line.label.charAt(0).toLocaleUpperCase('nb') + line.label.slice(1);
    return [el('text', { x, y, 'font-size': size + 1, 'font-weight': 'bold', fill: WHEEL_INK.text }, label)];
  }
  const { item } = line;
  const badge = String(item.number);
  const date = text.itemDate(item);
  const dateWidth = text.dateColumnWidth ?? 118;
  const titleX = x + 34 + dateWidth;
  return [
    el('circle', { cx: x + 12, cy: y - size * 0.36, r: 11, fill: RING_COLORS[item.ring] }),
    el(
      'text',
      {
        x: x + 12,
        y: num(y + 0.5 - size * 0.36 + size * 0.34),
        'text-anchor': 'middle',
        'font-size': badge.length > 2 ? 10 : 12,
        'font-weight': 'bold',
        fill: WHEEL_INK.background,
      },
      badge,
    ),
    el(
      'text',
      { x: x + 30, y, 'font-size': size, fill: WHEEL_INK.subtle },
      fitText(date, dateWidth - 6, size),
    ),
    el(
      'text',
      { x: titleX, y, 'font-size': size, fill: WHEEL_INK.text },
      fitText(item.occurrence.title, x + width - titleX, size),
    ),
  ];
}

/**
 * The exported picture: title, the wheel, the ring legend and every item listed by month with the numbers
 * the wheel shows, so the picture can be read without the app.
 */
export function wheelPoster(
  layout: WheelLayout,
  options: WheelSvgOptions & { text: PosterText },
): SvgElement {
  const { text } = options;
  const lines = listLines(layout, text);
  const minHeight = POSTER.wheelY + WHEEL_GEOMETRY.size + 50;
  const rowsAtMinHeight = Math.floor((minHeight - 60 - POSTER.listTop) / POSTER.lineHeight);
  // One column while the list fits beside the wheel (or nearly); two when it is long.
  const columns = lines.length <= rowsAtMinHeight * 1.3 ? 1 : 2;
  const rows = Math.max(rowsAtMinHeight, Math.ceil(lines.length / columns));
  const columnWidth = (POSTER.panelWidth - POSTER.columnGap * (columns - 1)) / columns;
  const height = Math.max(minHeight, POSTER.listTop + rows * POSTER.lineHeight + 60);
  const listNodes: SvgNode[] = [
    el(
      'text',
      {
        x: POSTER.panelX,
        y: POSTER.listTop - 34,
        'font-size': 19,
        'font-weight': 'bold',
        fill: WHEEL_INK.text,
      },
      text.listHeading,
    ),
  ];
  lines.forEach((line, i) => {
    const column = Math.floor(i / rows);
    const row = i - column * rows;
    const x = POSTER.panelX + column * (columnWidth + POSTER.columnGap);
    const y = POSTER.listTop + row * POSTER.lineHeight;
    listNodes.push(...listLine(line, x, y, columnWidth, text));
  });
  const usedRings = RING_ORDER.filter((ring) => layout.bands.some((band) => band.ring === ring));
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: POSTER.width,
      height,
      viewBox: `0 0 ${POSTER.width} ${height}`,
      'font-family': FONT_FAMILY,
      role: 'img',
      'aria-labelledby': `${options.idPrefix}-title ${options.idPrefix}-desc`,
    },
    el('title', { id: `${options.idPrefix}-title` }, text.title),
    el('desc', { id: `${options.idPrefix}-desc` }, text.description),
    el('rect', { x: 0, y: 0, width: POSTER.width, height, fill: WHEEL_INK.background }),
    el(
      'text',
      { x: 40, y: 52, 'font-size': 30, 'font-weight': 'bold', fill: WHEEL_INK.text },
      fitText(text.title, POSTER.width - 80, 30, true),
    ),
    el(
      'text',
      { x: 40, y: 84, 'font-size': 18, fill: WHEEL_INK.subtle },
      fitText(text.subtitle, POSTER.width - 80, 18),
    ),
    el('g', { transform: `translate(${POSTER.wheelX} ${POSTER.wheelY})` }, wheelGroup(layout, options)),
    ...legend(text, usedRings),
    ...listNodes,
    el('text', { x: 40, y: height - 22, 'font-size': 13, fill: WHEEL_INK.subtle }, text.footer),
  );
}
