import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { WheelRing } from '../schema/wheel';
import { compareOccurrences, type Occurrence } from './occurrence';

/** The rings from the centre outwards, as the schema orders them. */
export const RING_ORDER: readonly WheelRing[] = WheelRing.options;

/** Geometry of the wheel in its own 1000 × 1000 coordinate space. */
export const WHEEL_GEOMETRY = {
  size: 1000,
  centre: 500,
  hubRadius: 135,
  ringsOuter: 432,
  monthInner: 440,
  monthOuter: 482,
  ringGap: 5,
  maxLane: 40,
  /** The largest a dot gets; in narrow lanes it shrinks to fit. */
  dotRadius: 15,
} as const;

export interface RingBand {
  ring: WheelRing;
  inner: number;
  outer: number;
  lanes: number;
}

/** One occurrence placed on the wheel. Angles in radians, clockwise from 12 o'clock (1 January). */
export interface PlacedItem {
  occurrence: Occurrence;
  /** Its number in the year, 1 … n in date order; the agenda and the exported list use the same. */
  number: number;
  shape: 'arc' | 'dot';
  ring: WheelRing;
  lane: number;
  /** Centre line of its lane. */
  radius: number;
  /** Width of its lane. */
  thickness: number;
  startAngle: number;
  endAngle: number;
  /** The occurrence began before 1 January or goes on after 31 December of the year shown. */
  continuesBefore: boolean;
  continuesAfter: boolean;
}

export interface WheelLayout {
  /** The first year shown. */
  year: number;
  /** How many years the wheel shows: 1 for the annual wheel, 4 for the four-year wheel. */
  years: number;
  bands: RingBand[];
  items: PlacedItem[];
  /** Angle of today's marker, when today is in the year shown. */
  todayAngle: number | null;
}

const TAU = Math.PI * 2;

/** Position in the year as a fraction of the wheel; each month gets one twelfth, whatever its length. */
function yearFraction(date: string, dayPart: number): number {
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const days = getDaysInMonth(new Date(Number(date.slice(0, 4)), month - 1, 1));
  return (month - 1 + (day - 1 + dayPart) / days) / 12;
}

/** The years a wheel shows: one (the annual wheel) or several (the four-year wheel), from `fromYear`. */
export interface WheelSpan {
  fromYear: number;
  years: number;
}

/**
 * Angle of the start (`dayPart` 0), middle (0.5) or end (1) of a day. On a wheel of several years each year
 * gets an equal share, and each month a twelfth of its year.
 */
export function dateAngle(date: string, dayPart = 0.5, span?: WheelSpan): number {
  if (!span || span.years === 1) return yearFraction(date, dayPart) * TAU;
  const yearIndex = Number(date.slice(0, 4)) - span.fromYear;
  return ((yearIndex + yearFraction(date, dayPart)) / span.years) * TAU;
}

interface Extent {
  item: Occurrence;
  start: number;
  end: number;
  shape: 'arc' | 'dot';
  continuesBefore: boolean;
  continuesAfter: boolean;
}

function extentOf(occurrence: Occurrence, span: WheelSpan): Extent {
  const first = `${span.fromYear}-01-01`;
  const last = `${span.fromYear + span.years - 1}-12-31`;
  const continuesBefore = occurrence.start < first;
  const continuesAfter = occurrence.end > last;
  const start = continuesBefore ? first : occurrence.start;
  const end = continuesAfter ? last : occurrence.end;
  if (occurrence.kind === 'day' || start === end) {
    const angle = dateAngle(start, 0.5, span);
    return { item: occurrence, start: angle, end: angle, shape: 'dot', continuesBefore, continuesAfter };
  }
  return {
    item: occurrence,
    start: dateAngle(start, 0, span),
    end: dateAngle(end, 1, span),
    shape: 'arc',
    continuesBefore,
    continuesAfter,
  };
}

/**
 * Greedy interval packing: each item goes to the innermost lane where it keeps `clearance` (radians) to the
 * item before it. Dots take room for their circle; nothing in one lane overlaps.
 */
function assignLanes(extents: readonly Extent[], dotHalf: number, clearance: number): number[] {
  const laneEnds: number[] = [];
  return extents.map((extent) => {
    const from = extent.shape === 'dot' ? extent.start - dotHalf : extent.start;
    const to = extent.shape === 'dot' ? extent.end + dotHalf : extent.end;
    let lane = laneEnds.findIndex((end) => end + clearance <= from);
    if (lane < 0) {
      lane = laneEnds.length;
      laneEnds.push(to);
    } else {
      laneEnds[lane] = to;
    }
    return lane;
  });
}

/**
 * Places a year's occurrences (or those of `years` years from `year`) on the wheel: one band per ring shown, as many lanes in a band as its busiest
 * stretch needs, lanes as wide as the space allows. Angles for dots are measured at the hub, the tightest
 * place, so two dots in one lane never touch anywhere.
 */
export function layoutWheel(input: {
  year: number;
  years?: number;
  occurrences: readonly Occurrence[];
  rings?: readonly WheelRing[];
  today?: string;
}): WheelLayout {
  const g = WHEEL_GEOMETRY;
  const span: WheelSpan = { fromYear: input.year, years: input.years ?? 1 };
  const rings = RING_ORDER.filter((ring) => (input.rings ?? RING_ORDER).includes(ring));
  const sorted = [...input.occurrences].filter((o) => rings.includes(o.ring)).sort(compareOccurrences);
  const numbers = new Map(sorted.map((o, i) => [o.id, i + 1]));
  const dotHalf = (g.dotRadius + 2) / g.hubRadius;
  const clearance = 3 / g.hubRadius;

  const perRing = rings.map((ring) => {
    const extents = sorted
      .filter((o) => o.ring === ring)
      .map((o) => extentOf(o, span))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const lanes = assignLanes(extents, dotHalf, clearance);
    return { ring, extents, lanes, laneCount: Math.max(1, ...lanes.map((l) => l + 1)) };
  });

  const totalLanes = perRing.reduce((sum, r) => sum + r.laneCount, 0);
  const space = g.ringsOuter - g.hubRadius - g.ringGap * Math.max(0, rings.length - 1);
  const lane = Math.min(g.maxLane, totalLanes > 0 ? space / totalLanes : g.maxLane);
  // Bands fill outwards from the hub; spare room goes to the centre so the wheel keeps its outer size.
  const used = lane * totalLanes + g.ringGap * Math.max(0, rings.length - 1);
  let inner = g.ringsOuter - used;

  const bands: RingBand[] = [];
  const items: PlacedItem[] = [];
  for (const ring of perRing) {
    const outer = inner + lane * ring.laneCount;
    bands.push({ ring: ring.ring, inner, outer, lanes: ring.laneCount });
    ring.extents.forEach((extent, i) => {
      const laneIndex = ring.lanes[i] ?? 0;
      items.push({
        occurrence: extent.item,
        number: numbers.get(extent.item.id) ?? 0,
        shape: extent.shape,
        ring: ring.ring,
        lane: laneIndex,
        radius: inner + lane * (laneIndex + 0.5),
        thickness: lane,
        startAngle: extent.start,
        endAngle: extent.end,
        continuesBefore: extent.continuesBefore,
        continuesAfter: extent.continuesAfter,
      });
    });
    inner = outer + g.ringGap;
  }
  items.sort((a, b) => a.number - b.number);

  const today = input.today;
  const inSpan =
    today !== undefined &&
    today >= `${span.fromYear}-01-01` &&
    today <= `${span.fromYear + span.years - 1}-12-31`;
  const todayAngle = inSpan ? dateAngle(today, 0.5, span) : null;
  return { year: input.year, years: span.years, bands, items, todayAngle };
}
