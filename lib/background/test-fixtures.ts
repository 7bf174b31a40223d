// For unit tests only: the background's real handler table on a fresh fake-indexeddb history, forged senders, and
// well-formed wire messages to break one field at a time.
import { vi } from 'vitest';
import type { DraftRecord } from '../db/drafts';
import type { StoredItemInput } from '../db/history';
import { freshDb } from '../db/test-db';
import type { BackgroundRequest, WireBatch, WireDraft } from '../messaging';
import type { SiteId } from '../sites/registry';
import { DropLog } from './drops';
import { createBackgroundHandlers } from './handlers';
import type { MessageSender } from './sender';

export const SELF = { id: 'listen-first-id', base: 'chrome-extension://listen-first-id/' };
export const LINKEDIN_POST = 'https://www.linkedin.com/feed/update/urn:li:activity:1/';
export const XING_POST = 'https://www.xing.com/discover/updates/post/1';

export function contentSender(url: string, tabId = 7): MessageSender {
  return { id: SELF.id, url, frameId: 0, tab: { id: tabId, index: 0, windowId: 1 } as MessageSender['tab'] };
}
export const pageSender = (path = 'sidepanel.html'): MessageSender => ({ id: SELF.id, url: `${SELF.base}${path}` });

export function item(id: string, over: Partial<StoredItemInput> = {}): StoredItemInput {
  return {
    id,
    parentId: null,
    author: { name: 'Jana Muster', handle: 'jana', profileUrl: 'https://www.linkedin.com/in/jana/' },
    text: `Comment ${id}`,
    time: Date.now() - 3_600_000,
    permalink: `${LINKEDIN_POST}?commentUrn=${id}`,
    own: false,
    tone: 'neutral',
    toneScore: 0,
    flags: { hostile: false, promotional: false, complaint: false, question: false, watchlist: [] },
    ...over,
  };
}

export function batch(items: StoredItemInput[], over: Partial<WireBatch> = {}): WireBatch {
  return { thread: { id: 'urn:li:activity:1', url: LINKEDIN_POST }, items, visitAt: Date.now() - 60_000, ...over };
}

export function draft(over: Partial<WireDraft> = {}): WireDraft {
  return {
    at: Date.now() - 60_000,
    threadId: 'urn:li:activity:1',
    url: LINKEDIN_POST,
    composer: 'comment',
    outcome: 'clean',
    verdict: 'ok',
    findings: [],
    text: 'Danke für den Hinweis, wir kümmern uns heute noch darum.',
    chars: 55,
    lang: 'de',
    ...over,
  };
}

/** A submit as the background stores it, for seeding the history directly. */
export function storedDraft(site: SiteId, threadKey: string | null, over: Partial<WireDraft> = {}): DraftRecord {
  const { threadId: _threadId, ...fields } = draft(over);
  return { ...fields, site, threadKey };
}

/** What the weights reader hands the handler: any base64 text (the file itself is tested in lib/analysis/models). */
export const WEIGHTS_BASE64 = 'TEZNMQ==';

/** The handler table the background registers, with a counting drop log and a recorded side panel. */
export function setup() {
  const db = freshDb();
  const drops = new DropLog();
  const openSidePanel = vi.fn(async (_target: { tabId: number }) => true);
  const weights = vi.fn(async () => WEIGHTS_BASE64);
  const handlers = createBackgroundHandlers(db, {
    self: SELF,
    openSidePanel,
    withRoom: (write) => write(),
    drops,
    weights,
  });
  /** Sends anything as a message of `type`: forged messages are not of the type they claim. */
  const send = (type: BackgroundRequest['type'], message: unknown, sender: MessageSender) =>
    (handlers[type] as (message: unknown, sender: MessageSender) => unknown)({ type, ...(message as object) }, sender);
  const stored = async () =>
    (await Promise.all([db.threads.count(), db.items.count(), db.visits.count(), db.drafts.count()])).reduce(
      (a, b) => a + b,
    );
  return { db, drops, handlers, openSidePanel, send, stored, weights };
}
