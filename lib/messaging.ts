// Typed runtime messages between content scripts, extension pages and the background.
// One union, one handler table per receiver: a message the receiver does not know is answered with an error.
import { type Browser, browser } from 'wxt/browser';
import type { ThreadSnapshot, ThreadStatus } from './content/thread-watch';
import type { DraftContextFacts, DraftRecord } from './db/drafts';
import type { HistoryBatch } from './db/history';
import type { SiteId } from './sites/registry';

/** New or changed items of one thread, sent by a content script once per reading pass (never once per item). */
export type { HistoryBatch } from './db/history';

/** What a content script knows about its page; asked for by the popup and the side panel. */
export interface PageStatus {
  site: SiteId;
  url: string;
  /** False when the user switched this site off in the settings. */
  enabled: boolean;
  /** Whether a thread was found on the page, and how many of its items were read. */
  thread: { status: ThreadStatus; id: string | null; items: number; error?: string };
}

/** What the history knows about a thread beyond the page: earlier visits and the user's earlier comments. */
export interface HistoryBrief {
  lastVisitBefore: number | null;
  newSinceLastVisit: string[];
  ownItems: { id: string; text: string; time: number | null; firstSeen: number }[];
}

/**
 * A history batch as a content script sends it: without the site, which the background takes from the sender's
 * page address (never from a message), and with at most ITEMS_PER_BATCH items.
 */
export interface WireBatch {
  thread: Omit<HistoryBatch['thread'], 'site'>;
  items: HistoryBatch['items'];
  visitAt?: number;
}

/** A guarded submit as a content script sends it: site and thread key are filled in by the background. */
export type WireDraft = Omit<DraftRecord, 'site' | 'threadKey'> & { threadId: string | null };

/** What the draft check may know from the history: counts on this site, never texts. */
export type DraftActivity = Omit<DraftContextFacts, 'recentPosts'>;

/**
 * Messages the background handles. A content script may send only those marked "content"; the others come from
 * the extension's own pages. The background checks each one's sender, shape and bounds, and drops the rest.
 */
export type BackgroundRequest =
  /** content: the page button asks for the side panel (needs the sender's tab). */
  | { type: 'sidepanel:open' }
  /** content: new or changed items of the thread on the sender's page. */
  | { type: 'history:save'; batch: WireBatch }
  /** content: one guarded submit on the sender's site. */
  | { type: 'draft:record'; draft: WireDraft }
  /** content: how often the user posted in this thread and today, on the sender's site. */
  | { type: 'draft:context'; threadId: string | null }
  /**
   * content: how close a draft is to the user's own recent posts on the sender's site (0..1), for the copy-paste
   * rule. The comparison runs in the background, so earlier texts never reach a page's process.
   */
  | { type: 'draft:repeat'; text: string }
  /** content: the learned layer's weights file (lib/analysis/models), read once per tab at start. */
  | { type: 'models:weights' }
  /** content: comments of the sender's site that came on screen in the page's visit (started at `visit`). */
  | { type: 'history:seen'; ids: string[]; visit: number }
  /** content: which stored comments of a thread on the sender's site the user has seen (lib/db/seen.ts). */
  | { type: 'history:seen-in'; threadId: string; visit: number }
  /** extension page (side panel): what the history knows about a thread on any site. */
  | { type: 'history:brief'; site: SiteId; threadId: string };
export interface BackgroundResponses {
  'sidepanel:open': { opened: boolean };
  'history:save': { saved: boolean };
  'draft:record': { saved: boolean };
  /** Null when the history cannot be read: the draft is then checked without it. */
  'draft:context': DraftActivity | null;
  /** Null when the history cannot be read or the text is too short to compare. */
  'draft:repeat': { similarity: number } | null;
  /** The weights file as base64; null when it cannot be read (the engine then runs on its rules alone). */
  'models:weights': { base64: string } | null;
  'history:seen': { saved: boolean };
  /** Null when the history cannot be read: the note then counts what this page had on screen. */
  'history:seen-in': { ids: string[] } | null;
  'history:brief': HistoryBrief | null;
}

/** Messages a content script handles (sent with tabs.sendMessage to one tab). */
export type ContentRequest =
  | { type: 'page:status' }
  | { type: 'thread:snapshot' }
  | { type: 'thread:scroll-to'; id: string }
  /**
   * The page shape report (lib/content/page-shape.ts) as JSON text, computed when the user asks for it. It holds no
   * text, names, links or ids from the page, and goes only to the extension page that asked: nothing sends it on.
   */
  | { type: 'page:shape' };
export interface ContentResponses {
  'page:status': PageStatus;
  /** Null while the site is switched off: then nothing of ours reads the page. */
  'page:shape': { json: string } | null;
  'thread:snapshot': ThreadSnapshot | null;
  'thread:scroll-to': boolean;
}

export function sendToBackground<T extends BackgroundRequest>(message: T): Promise<BackgroundResponses[T['type']]> {
  return browser.runtime.sendMessage(message) as Promise<BackgroundResponses[T['type']]>;
}

/** Resolves to null when no content script listens in that tab (an unsupported page, or a tab from before install). */
export async function askTab<T extends ContentRequest>(
  tabId: number,
  message: T,
): Promise<ContentResponses[T['type']] | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, message)) as ContentResponses[T['type']] | undefined) ?? null;
  } catch {
    return null;
  }
}

type Handlers<Req extends { type: string }, Res extends Record<Req['type'], unknown>, Sender> = {
  [K in Req['type']]: (message: Extract<Req, { type: K }>, sender: Sender) => Res[K] | Promise<Res[K]>;
};

/**
 * Registers a typed handler table on runtime.onMessage. Returns a native Promise, as Chromium needs:
 * a Dexie or other thenable reaches the sender as undefined (shared/docs/setup-notes.md).
 * Messages of other shapes are left for other listeners (returning undefined keeps the channel free).
 */
export function handleMessages<Req extends { type: string }, Res extends Record<Req['type'], unknown>>(
  handlers: Handlers<Req, Res, Browser.runtime.MessageSender>,
): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!message || typeof message !== 'object') return undefined;
    const type = (message as { type?: unknown }).type;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    const handler = handlers[type as Req['type']] as (m: unknown, s: Browser.runtime.MessageSender) => unknown;
    return new Promise((resolve, reject) => {
      try {
        Promise.resolve(handler(message, sender)).then(resolve, reject);
      } catch (error) {
        reject(error);
      }
    });
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
