// Turns what an adapter read into a thread item: absolute times and "own" marks. Used by the one read path
// (page-read.ts) and the draft context.

import { parseIsoTime, parseShownTime } from '../sites/time';
import type { RawItem, ThreadItem } from '../sites/types';

export interface ReadOptions {
  now: number;
  /** The user's own handles and names (settings), plus the logged-in account where the page shows it. */
  ownHandles: readonly string[];
}

/** A name or handle as the user's own names are compared: trimmed, without "@", lower case. */
export const norm = (s: string | undefined) => (s ?? '').trim().replace(/^@/, '').toLowerCase();

// A pass reads every item with the same handles list: normalise it once per list, not once per item.
const ownSets = new WeakMap<readonly string[], Set<string>>();
function ownSet(handles: readonly string[]): Set<string> {
  let set = ownSets.get(handles);
  if (!set) {
    set = new Set(handles.map(norm).filter(Boolean));
    ownSets.set(handles, set);
  }
  return set;
}

export function toThreadItem(raw: RawItem, options: ReadOptions): ThreadItem {
  const { time, ownByPage, ...rest } = raw;
  const mine = ownSet(options.ownHandles);
  const own =
    Boolean(ownByPage) ||
    [raw.author.handle, raw.author.name, raw.author.profileUrl].some((v) => v !== undefined && mine.has(norm(v)));
  const absolute = parseIsoTime(time.iso) ?? (time.relative ? parseShownTime(time.relative, options.now) : null);
  return { ...rest, time: absolute, own };
}
