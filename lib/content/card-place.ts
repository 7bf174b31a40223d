// Where the findings panel and the guard's card go beside a composer: on the side with room, never over the draft
// when the window has room elsewhere, always inside the window, with a height the card's list scrolls within.
import type { Box } from './composer-view';

export interface Placement {
  top?: number;
  bottom?: number;
  left: number;
  width: number;
  maxHeight: number;
}

const GAP = 6;
const MAX_WIDTH = 420;
const MIN_WIDTH = 300;
/** Below this height a card shows too little: another side is tried, and at worst it covers part of the box. */
export const MIN_CARD_HEIGHT = 220;

export function placeCard(box: Box, viewport: { width: number; height: number }): Placement {
  const width = Math.min(viewport.width - 2 * GAP, MAX_WIDTH, Math.max(MIN_WIDTH, box.width));
  const left = clamp(box.left, GAP, viewport.width - width - GAP);
  const bottomEdge = box.top + box.height;
  const roomBelow = viewport.height - Math.max(bottomEdge, 0) - 2 * GAP;
  const roomAbove = Math.min(box.top, viewport.height) - 2 * GAP;
  if (roomBelow >= MIN_CARD_HEIGHT && roomBelow >= Math.min(roomAbove, MIN_CARD_HEIGHT * 2)) {
    return { top: Math.max(bottomEdge, 0) + GAP, left, width, maxHeight: roomBelow };
  }
  if (roomAbove >= MIN_CARD_HEIGHT) {
    return { bottom: viewport.height - Math.min(box.top, viewport.height) + GAP, left, width, maxHeight: roomAbove };
  }
  // A tall box (a long draft) leaves no room above or below: beside it, where the window is wide enough.
  const roomRight = viewport.width - (box.left + box.width) - 2 * GAP;
  const roomLeft = box.left - 2 * GAP;
  const side = Math.max(roomRight, roomLeft);
  const maxHeight = viewport.height - 2 * GAP;
  if (side >= MIN_WIDTH) {
    const sideWidth = Math.min(MAX_WIDTH, side);
    const sideLeft = roomRight >= roomLeft ? box.left + box.width + GAP : box.left - GAP - sideWidth;
    return {
      top: clamp(box.top, GAP, viewport.height - MIN_CARD_HEIGHT - GAP),
      left: sideLeft,
      width: sideWidth,
      maxHeight,
    };
  }
  // No room anywhere: over the lower part of the box, on the roomier side, at least MIN_CARD_HEIGHT tall.
  if (roomBelow >= roomAbove) {
    const height = Math.max(roomBelow, Math.min(MIN_CARD_HEIGHT, maxHeight));
    return { bottom: GAP, left, width, maxHeight: height };
  }
  return { top: GAP, left, width, maxHeight: Math.max(roomAbove, Math.min(MIN_CARD_HEIGHT, maxHeight)) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
