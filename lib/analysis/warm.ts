// The engine's lists that build on first use, in parts a content script builds one per task before it reads a page:
// built all at once, inside the first analysis, they held the page for one long task.
import { buildToneWordsPart } from './metrics/tone/words';
import { buildHostilePart } from './rules/shared/hostile';
import { buildPromotional } from './rules/shared/promotional';

const PARTS: (() => boolean)[] = [
  buildToneWordsPart,
  buildHostilePart,
  () => {
    buildPromotional();
    return true;
  },
];

let next = 0;

/** Builds the next part; false when every part is built (each call then does nothing). */
export function warmEnginePart(): boolean {
  const part = PARTS[next];
  if (!part) return false;
  if (part()) next++;
  return true;
}
