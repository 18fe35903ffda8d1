// Geometry for the charts drawn as SVG: points placed by date, values on a
// fixed scale, and a path through them.

export interface Box {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Placed {
  x: number;
  y: number;
}

/** Day number of an ISO date, for spacing points by time. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** X positions for dates: spread by time; a single point sits in the middle. */
export function placeX(dates: readonly string[], box: Box): number[] {
  const inner = box.width - box.left - box.right;
  if (dates.length === 0) return [];
  const days = dates.map(dayNumber);
  const first = Math.min(...days);
  const span = Math.max(...days) - first;
  if (span === 0) {
    // Same day (or one point): evenly spaced around the middle.
    if (dates.length === 1) return [box.left + inner / 2];
    return dates.map((_, i) => box.left + (inner * i) / (dates.length - 1));
  }
  return days.map((d) => box.left + (inner * (d - first)) / span);
}

/** Y for a value on [min, max], higher values higher up. */
export function placeY(value: number, min: number, max: number, box: Box): number {
  const inner = box.height - box.top - box.bottom;
  const clamped = Math.min(max, Math.max(min, value));
  return box.top + inner * (1 - (clamped - min) / (max - min));
}

export function pathThrough(points: readonly Placed[]): string {
  return points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(" ");
}

/** Up to `max` evenly chosen indexes to label on the x axis (always the
 * first and the last). */
export function labelIndexes(count: number, max: number): number[] {
  if (count <= max) return [...Array(count).keys()];
  const out = new Set<number>();
  for (let i = 0; i < max; i++) out.add(Math.round((i * (count - 1)) / (max - 1)));
  return [...out].sort((a, b) => a - b);
}

/** A date as `formatDate` writes it, without the weekday in front, for
 * narrow axis and column labels: `Nov 18` from `Tue, Nov 18`, `18 de nov`
 * from `mié, 18 de nov` (Intl puts the weekday first in both languages). */
export function withoutWeekday(text: string): string {
  return text.replace(/^\p{L}+\.?, /u, "");
}

/** "+1", "0", "−2" for a change. */
export function signed(n: number): string {
  if (n > 0) return `+${n}`;
  if (n < 0) return `−${-n}`;
  return "0";
}
