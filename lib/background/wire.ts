// What each message to the background may carry, and who may send it: schemas built from the history's own field
// schemas (lib/db/fields.ts), so a message that passes is a record that stores, exports and imports again.
import { z } from 'zod';
import { draftFields, itemFields, refuseOverCaps, siteId, siteItemId, threadFields, time, upTo } from '../db/fields';
import { ITEMS_PER_BATCH, REPEAT_CHECK_CHARS } from '../limits';
import type { BackgroundRequest } from '../messaging';
import { type SiteId, siteForUrl } from '../sites/registry';
import type { SenderKind } from './sender';

export type RequestType = BackgroundRequest['type'];

/** Content scripts write and ask about their own site's history; only extension pages read it across sites. */
export const ALLOWED_SENDERS = {
  'sidepanel:open': 'content',
  'history:save': 'content',
  'draft:record': 'content',
  'draft:context': 'content',
  'draft:repeat': 'content',
  'models:weights': 'content',
  'history:seen': 'content',
  'history:seen-in': 'content',
  'history:brief': 'page',
} as const satisfies Record<RequestType, SenderKind>;

const wireItem = z.object(itemFields(refuseOverCaps));

export const wireBatch = z.object({
  thread: z.object(threadFields(refuseOverCaps)),
  items: z.array(wireItem).max(ITEMS_PER_BATCH),
  visitAt: time.optional(),
});

export const wireDraft = z.object({ ...draftFields(refuseOverCaps), threadId: siteItemId.nullable() });

/** Unknown fields are dropped by each object schema: nothing a message adds reaches the database. */
export const MESSAGE_SCHEMAS = {
  'sidepanel:open': z.object({}),
  'history:save': z.object({ batch: wireBatch }),
  'draft:record': z.object({ draft: wireDraft }),
  'draft:context': z.object({ threadId: siteItemId.nullable() }),
  'draft:repeat': z.object({ text: upTo(REPEAT_CHECK_CHARS) }),
  'models:weights': z.object({}),
  'history:seen': z.object({ ids: z.array(siteItemId).max(ITEMS_PER_BATCH), visit: time }),
  'history:seen-in': z.object({ threadId: siteItemId, visit: time }),
  'history:brief': z.object({ site: siteId, threadId: siteItemId }),
} as const satisfies Record<RequestType, z.ZodType>;

export type CheckedMessage<K extends RequestType> = z.infer<(typeof MESSAGE_SCHEMAS)[K]>;

/** Every address a checked batch carries: the thread's, and each comment's permalink and author profile. */
export function batchUrls(batch: z.infer<typeof wireBatch>): string[] {
  const urls = [batch.thread.url];
  for (const item of batch.items) {
    if (item.permalink !== undefined) urls.push(item.permalink);
    if (item.author.profileUrl !== undefined) urls.push(item.author.profileUrl);
  }
  return urls;
}

/** The first address not on `site`'s hosts (by the manifest's match patterns), or null when all are. */
export function offSite(urls: readonly string[], site: SiteId): string | null {
  return urls.find((url) => siteForUrl(url) !== site) ?? null;
}
