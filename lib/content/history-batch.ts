// A pass's new or changed comments as history messages: each field within the bounds the background accepts
// (lib/limits.ts), addresses only where they are on this site, at most ITEMS_PER_BATCH items and BATCH_TEXT_CHARS
// characters of text a message. A page that shows something odd (an off-site profile link, a time in the year
// 275,000, a 700-character id) loses that field or that comment, not the whole batch.
import {
  BATCH_TEXT_CHARS,
  clip,
  ID_CHARS,
  ITEMS_PER_BATCH,
  isPlausibleTime,
  NAME_CHARS,
  ROOT_TEXT_CHARS,
  URL_CHARS,
} from '../limits';
import type { WireBatch } from '../messaging';
import { type SiteId, siteLink } from '../sites/registry';
import type { ThreadItem } from '../sites/types';
import type { AnalysedItem } from './item-analysis';

type WireItem = WireBatch['items'][number];

/**
 * The address when it is https on this site (registry's siteLink, the rule the extension pages link by) and not too
 * long; otherwise nothing is kept.
 */
export function siteUrl(url: string | undefined, site: SiteId): string | undefined {
  const link = siteLink(url, site);
  return link !== null && link.length <= URL_CHARS ? link : undefined;
}

export function wireItem(item: AnalysedItem, site: SiteId, now: number): WireItem | null {
  if (!item.id || item.id.length > ID_CHARS) return null;
  const profileUrl = siteUrl(item.author.profileUrl, site);
  const permalink = siteUrl(item.permalink, site);
  return {
    ...(item.truncated ? { truncated: true } : {}),
    id: item.id,
    parentId: item.parentId && item.parentId.length <= ID_CHARS ? item.parentId : null,
    author: {
      name: clip(item.author.name, NAME_CHARS),
      ...(item.author.handle ? { handle: clip(item.author.handle, NAME_CHARS) } : {}),
      ...(profileUrl ? { profileUrl } : {}),
    },
    text: item.text,
    time: isPlausibleTime(item.time, now) ? item.time : null,
    ...(permalink ? { permalink } : {}),
    own: item.own,
    tone: item.tone,
    toneScore: Math.max(-1, Math.min(1, item.toneScore)),
    flags: item.flags,
  };
}

/**
 * The messages for one pass: the thread once per message, the visit in the first. Null thread id or address: the
 * page is not a thread the history can keep (an id past the limit), and nothing is sent.
 */
export function wireBatches(
  thread: { id: string; url: string; root: ThreadItem | null },
  items: readonly AnalysedItem[],
  site: SiteId,
  visitAt: number | undefined,
  now: number,
): WireBatch[] {
  const url = siteUrl(clip(thread.url, URL_CHARS), site);
  if (!url || !thread.id || thread.id.length > ID_CHARS) return [];
  const head: WireBatch['thread'] = {
    id: thread.id,
    url,
    ...(thread.root
      ? { rootText: clip(thread.root.text, ROOT_TEXT_CHARS), rootAuthor: clip(thread.root.author.name, NAME_CHARS) }
      : {}),
  };
  const groups: WireItem[][] = [[]];
  let chars = 0;
  for (const item of items) {
    const wire = wireItem(item, site, now);
    if (!wire) continue;
    let group = groups.at(-1) as WireItem[];
    if (group.length >= ITEMS_PER_BATCH || (group.length > 0 && chars + wire.text.length > BATCH_TEXT_CHARS)) {
      group = [];
      groups.push(group);
      chars = 0;
    }
    group.push(wire);
    chars += wire.text.length;
  }
  return groups.map((group, index) => ({
    thread: head,
    items: group,
    ...(index === 0 && visitAt !== undefined ? { visitAt } : {}),
  }));
}
