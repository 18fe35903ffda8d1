// Which rows of a long list to put in the document: those on screen and a
// screenful either side, so a caseload of hundreds costs what a few dozen
// rows cost, and scrolling or tabbing never reaches an edge that isn't
// there yet. Rows are taken to be about the same height; the rows not
// rendered are stood in for by empty space of their height.

export interface RowWindow {
  /** The first row rendered. */
  start: number;
  /** One past the last row rendered. */
  end: number;
}

export interface Viewport {
  /** Where row 0 would be, in the same coordinates as `top` and `bottom`. */
  firstRowTop: number;
  top: number;
  bottom: number;
}

/** No caseload row is shorter: a name with its case id under it. */
const SHORTEST_ROW = 48;

/** Rows rendered before the first measurement: enough to fill a screen
 * `screenHeight` tall even if the list began at its top, and no more, since
 * every row in the first frame is styled, laid out and drawn before the
 * peer sees any. The rows beyond the screen's edges come once it is drawn. */
export function firstWindow(screenHeight: number): RowWindow {
  return { start: 0, end: Math.max(1, Math.ceil(screenHeight / SHORTEST_ROW)) };
}

/** The rows to render for `count` rows of `rowHeight` seen through
 * `viewport`, with `overscan` rows beyond each edge; `keep` (the row that
 * has the keyboard) is always among them. */
export function rowWindow(
  count: number,
  rowHeight: number,
  viewport: Viewport,
  overscan: number,
  keep: number | null = null,
): RowWindow {
  const height = Math.max(1, rowHeight);
  const first = Math.floor((viewport.top - viewport.firstRowTop) / height) - overscan;
  const last = Math.ceil((viewport.bottom - viewport.firstRowTop) / height) + overscan;
  let start = Math.min(Math.max(0, first), count);
  let end = Math.max(start, Math.min(count, last));
  if (keep !== null && keep >= 0 && keep < count) {
    start = Math.min(start, keep);
    end = Math.max(end, keep + 1);
  }
  return { start, end };
}

/** The nearest ancestor of `el` that scrolls (the app's main area). */
export function scrollingAncestor(el: HTMLElement): HTMLElement | null {
  for (let at = el.parentElement; at; at = at.parentElement) {
    const { overflowY } = getComputedStyle(at);
    if (overflowY === "auto" || overflowY === "scroll") return at;
  }
  return null;
}
