import { describe, expect, it } from "vitest";
import { firstWindow, rowWindow } from "./windowing";

describe("the rows of a long list put in the document", () => {
  const view = (scrolled: number) => ({ firstRowTop: 100 - scrolled, top: 0, bottom: 800 });

  it("at the top: the rows on screen and a few beyond", () => {
    expect(rowWindow(500, 50, view(0), 5)).toEqual({ start: 0, end: 19 });
  });

  it("scrolled down: a window around what is on screen", () => {
    expect(rowWindow(500, 50, view(5000), 5)).toEqual({ start: 93, end: 119 });
  });

  it("never past either end", () => {
    expect(rowWindow(10, 50, view(0), 5)).toEqual({ start: 0, end: 10 });
    expect(rowWindow(10, 50, view(90_000), 5)).toEqual({ start: 10, end: 10 });
    expect(rowWindow(0, 50, view(0), 5)).toEqual({ start: 0, end: 0 });
  });

  it("keeps the row that has the keyboard", () => {
    expect(rowWindow(500, 50, view(5000), 5, 3)).toEqual({ start: 3, end: 119 });
    expect(rowWindow(500, 50, view(0), 5, 300)).toEqual({ start: 0, end: 301 });
  });
});

describe("the rows in the first frame, before anything is measured", () => {
  it("fill the screen at the shortest row height, and no more", () => {
    expect(firstWindow(800)).toEqual({ start: 0, end: 17 });
    expect(firstWindow(1200)).toEqual({ start: 0, end: 25 });
  });

  it("are at least one row, whatever the screen says", () => {
    expect(firstWindow(0)).toEqual({ start: 0, end: 1 });
  });
});
