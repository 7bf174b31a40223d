// Where the guard's card goes: beside the draft (never over it while the window has room), inside the window, with
// a height its list scrolls within; also for a box at the window's bottom, a tall box, and a narrow window.
import { describe, expect, it } from 'vitest';
import { MIN_CARD_HEIGHT, type Placement, placeCard } from './card-place';

const viewport = { width: 1280, height: 720 };
const overlaps = (p: Placement, box: { top: number; height: number; left: number; width: number }, vh: number) => {
  const top = p.top ?? vh - (p.bottom as number) - p.maxHeight;
  const bottom = p.top !== undefined ? p.top + p.maxHeight : vh - (p.bottom as number);
  const vertical = top < box.top + box.height && bottom > box.top;
  const horizontal = p.left < box.left + box.width && p.left + p.width > box.left;
  return vertical && horizontal;
};

describe('placeCard', () => {
  it('goes below a box near the top, as tall as the room below', () => {
    const box = { top: 100, left: 300, width: 500, height: 60 };
    const p = placeCard(box, viewport);
    expect(p.top).toBe(166);
    expect(p.maxHeight).toBe(720 - 160 - 12);
    expect(overlaps(p, box, 720)).toBe(false);
  });

  it('goes above a box at the bottom of the window (a comment box under a thread)', () => {
    const box = { top: 620, left: 300, width: 500, height: 60 };
    const p = placeCard(box, viewport);
    expect(p.top).toBeUndefined();
    expect(p.bottom).toBe(720 - 620 + 6);
    expect(p.maxHeight).toBe(620 - 12);
    expect(overlaps(p, box, 720)).toBe(false);
  });

  it('goes beside a tall box that leaves no room above or below', () => {
    const box = { top: 40, left: 200, width: 560, height: 640 };
    const p = placeCard(box, viewport);
    expect(p.left).toBeGreaterThanOrEqual(box.left + box.width);
    expect(p.left + p.width).toBeLessThanOrEqual(1280);
    expect(overlaps(p, box, 720)).toBe(false);
  });

  it('stays inside a narrow window, and keeps a usable height even over a tall box', () => {
    const narrow = { width: 360, height: 640 };
    const box = { top: 10, left: 0, width: 360, height: 620 };
    const p = placeCard(box, narrow);
    expect(p.left).toBeGreaterThanOrEqual(0);
    expect(p.left + p.width).toBeLessThanOrEqual(360);
    expect(p.maxHeight).toBeGreaterThanOrEqual(MIN_CARD_HEIGHT);
  });

  it('keeps the card on screen for a box scrolled partly out of view', () => {
    const box = { top: -200, left: 1000, width: 400, height: 300 };
    const p = placeCard(box, viewport);
    expect(p.left + p.width).toBeLessThanOrEqual(1280);
    expect(p.top).toBeGreaterThanOrEqual(0);
    expect((p.top as number) + p.maxHeight).toBeLessThanOrEqual(720);
  });
});
