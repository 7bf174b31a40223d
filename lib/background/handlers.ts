// The background's message handlers: each checks who sent the message (the browser's word, not the message's) and
// what it carries (./wire.ts) before it touches the history; what fails is dropped, counted and answered as a failure.

import { repeatSimilarity } from '../analysis/rules/copy-paste';
import { tokenize } from '../analysis/tokenize';
import type { Category } from '../analysis/types';
import { draftActivity, recentPostTexts, recordDraft } from '../db/drafts';
import { saveBatch, threadBrief, threadKey } from '../db/history';
import type { HistoryDb } from '../db/schema';
import { markSeen, seenIn } from '../db/seen';
import type { BackgroundRequest, BackgroundResponses, handleMessages } from '../messaging';
import type { SiteId } from '../sites/registry';
import type { DropLog } from './drops';
import { classifySender, type ExtensionSelf, type MessageSender, type Sender } from './sender';
import { ALLOWED_SENDERS, batchUrls, type CheckedMessage, MESSAGE_SCHEMAS, offSite, type RequestType } from './wire';

export type BackgroundHandlers = Parameters<typeof handleMessages<BackgroundRequest, BackgroundResponses>>[0];

export interface BackgroundDeps {
  self: ExtensionSelf;
  /** Must start opening synchronously: the browser opens a panel only within the click's user gesture. */
  openSidePanel(target: { tabId: number }): Promise<boolean>;
  /** Runs a write through a full disk (prune, retry, notice); null when it could not be saved. */
  withRoom<T>(write: () => Promise<T>): Promise<T | null>;
  drops: DropLog;
  /** The learned layer's weights file as base64 (read from the package once, then kept). */
  weights(): Promise<string>;
  /** Told after each saved history batch: the reply queue's count on the toolbar may have moved. */
  historyChanged?(): void;
}

type SenderFor<K extends RequestType> = Extract<Sender, { kind: (typeof ALLOWED_SENDERS)[K] }>;

export function createBackgroundHandlers(db: HistoryDb, deps: BackgroundDeps): BackgroundHandlers {
  const { drops } = deps;

  /** The sender, when it is of the kind this type allows; synchronous, so sidepanel:open keeps its gesture. */
  const senderOf = <K extends RequestType>(type: K, sender: MessageSender): SenderFor<K> | null => {
    const from = classifySender(sender, deps.self);
    if (from?.kind === ALLOWED_SENDERS[type]) return from as SenderFor<K>;
    drops.note(type, 'sender');
    return null;
  };

  /** The message as its schema reads it (known fields only), or null. */
  const check = <K extends RequestType>(type: K, message: unknown): CheckedMessage<K> | null => {
    const parsed = MESSAGE_SCHEMAS[type].safeParse(message);
    if (parsed.success) return parsed.data as CheckedMessage<K>;
    drops.note(type, 'shape', parsed.error.issues[0]?.path.join('.') ?? '');
    return null;
  };

  /** Whether every address is on the content script's own site: it may write only its site's threads. */
  const onSite = (type: RequestType, urls: string[], site: SiteId) => {
    if (offSite(urls, site) === null) return true;
    drops.note(type, 'site');
    return false;
  };

  return {
    'sidepanel:open': (message, sender) => {
      const from = senderOf('sidepanel:open', sender);
      if (!from || !check('sidepanel:open', message)) return { opened: false };
      return deps.openSidePanel({ tabId: from.tabId }).then((opened) => ({ opened }));
    },

    'history:save': async (message, sender) => {
      const from = senderOf('history:save', sender);
      const batch = from && check('history:save', message)?.batch;
      if (!from || !batch || !onSite('history:save', batchUrls(batch), from.site)) return { saved: false };
      const full = { ...batch, thread: { ...batch.thread, site: from.site } };
      const saved = (await deps.withRoom(() => saveBatch(db, full, Date.now()))) !== null;
      if (saved) deps.historyChanged?.();
      return { saved };
    },

    'draft:record': async (message, sender) => {
      const from = senderOf('draft:record', sender);
      const draft = from && check('draft:record', message)?.draft;
      if (!from || !draft || !onSite('draft:record', [draft.url], from.site)) return { saved: false };
      const { threadId, findings, ...fields } = draft;
      const record = {
        ...fields,
        // Categories are the engine's; a bounded name is all the history needs to report one.
        findings: findings.map((f) => ({ ...f, category: f.category as Category })),
        site: from.site,
        threadKey: threadId === null ? null : threadKey(from.site, threadId),
      };
      return { saved: (await deps.withRoom(() => recordDraft(db, record))) !== null };
    },

    'draft:context': async (message, sender) => {
      const from = senderOf('draft:context', sender);
      const checked = from && check('draft:context', message);
      if (!from || !checked) return null;
      return draftActivity(db, from.site, checked.threadId, Date.now()).catch(() => null);
    },

    'draft:repeat': async (message, sender) => {
      const from = senderOf('draft:repeat', sender);
      const checked = from && check('draft:repeat', message);
      if (!from || !checked) return null;
      // The user's earlier texts are compared here and never leave the background; only the number does.
      const posts = await recentPostTexts(db, from.site, Date.now()).catch(() => null);
      return posts ? { similarity: repeatSimilarity(tokenize(checked.text), posts) } : null;
    },

    'models:weights': async (message, sender) => {
      if (!senderOf('models:weights', sender) || !check('models:weights', message)) return null;
      return deps.weights().then(
        (base64) => ({ base64 }),
        () => null,
      );
    },

    'history:seen': async (message, sender) => {
      const from = senderOf('history:seen', sender);
      const checked = from && check('history:seen', message);
      if (!from || !checked) return { saved: false };
      // Only comments already stored on the sender's site are marked: the ids name nothing else.
      const marked = await deps.withRoom(() => markSeen(db, from.site, checked.ids, checked.visit));
      return { saved: marked !== null };
    },

    'history:seen-in': async (message, sender) => {
      const from = senderOf('history:seen-in', sender);
      const checked = from && check('history:seen-in', message);
      if (!from || !checked) return null;
      const ids = await seenIn(db, from.site, checked.threadId, checked.visit).catch(() => null);
      return ids ? { ids } : null;
    },

    'history:brief': async (message, sender) => {
      const checked = senderOf('history:brief', sender) && check('history:brief', message);
      if (!checked) return null;
      const brief = await threadBrief(db, checked.site, checked.threadId, Date.now()).catch(() => null);
      if (!brief) return null;
      return {
        lastVisitBefore: brief.lastVisitBefore,
        newSinceLastVisit: brief.newSinceLastVisit,
        ownItems: brief.ownItems.map((i) => ({ id: i.id, text: i.text, time: i.time, firstSeen: i.firstSeen })),
      };
    },
  };
}
