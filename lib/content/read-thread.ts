// Reads a thread from the page through a site adapter: the post, every item, absolute times, "own" marks.
// Pure DOM reading (no marking, no messaging), so adapter tests run it in a bare page.

import { parseIsoTime, parseRelativeTime } from '../sites/time';
import type { RawItem, SiteAdapter, Thread, ThreadItem } from '../sites/types';

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
  const absolute = parseIsoTime(time.iso) ?? (time.relative ? parseRelativeTime(time.relative, options.now) : null);
  return { ...rest, time: absolute, own };
}

/** Every item element with what it reads as; elements that read as nothing, or repeat an id, are left out. */
export function readItemElements(adapter: SiteAdapter, root: Element, options: ReadOptions): [Element, ThreadItem][] {
  const seen = new Set<string>();
  const out: [Element, ThreadItem][] = [];
  for (const element of adapter.findItems(root)) {
    const raw = adapter.readItem(element);
    if (!raw || seen.has(raw.id)) continue;
    seen.add(raw.id);
    out.push([element, toThreadItem(raw, options)]);
  }
  return out;
}

export function readThread(adapter: SiteAdapter, doc: Document, url: string, options: ReadOptions): Thread | null {
  const root = adapter.findThreadRoot(doc);
  if (!root) return null;
  const id = adapter.threadId(root, new URL(url));
  if (!id) return null;
  const post = adapter.readPost(root);
  const own = adapter.currentUser?.(doc);
  const withPageUser = own ? { ...options, ownHandles: [...options.ownHandles, own] } : options;
  return {
    site: adapter.id,
    id,
    url,
    root: post ? toThreadItem(post, withPageUser) : null,
    items: readItemElements(adapter, root, withPageUser).map(([, item]) => item),
  };
}
