// Background service worker (Chrome) / event page (Firefox): the message router and the owner of the history
// database, which lives in the extension's origin. Content scripts never open a database in the site's origin.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { draftContext, isDraftRecord, recordDraft } from '../lib/db/drafts';
import {
  DEFAULT_RETENTION_DAYS,
  isHistoryBatch,
  pruneOlderThan,
  retentionCutoff,
  saveBatch,
  threadBrief,
} from '../lib/db/history';
import { writeWithRoom } from '../lib/db/quota';
import { noteQuota } from '../lib/db/quota-notice';
import { createHistoryDb, type HistoryDb } from '../lib/db/schema';
import { type BackgroundRequest, type BackgroundResponses, handleMessages } from '../lib/messaging';
import { loadSettings, watchSettings } from '../lib/settings';
import { openSidePanel } from '../lib/sidepanel';
import { isSiteId } from '../lib/sites/registry';

const DAY_MS = 86_400_000;

/** The user's retention, kept current by the settings watch below: a full disk must not wait for a settings read. */
let retentionDays = DEFAULT_RETENTION_DAYS;

/** Saves through a full disk: prune, retry, and leave the user a notice (history page, popup) either way. */
const withRoom = <T>(db: HistoryDb, write: () => Promise<T>) =>
  writeWithRoom(db, write, noteQuota, retentionDays).catch(() => null);

/**
 * Prunes by the user's retention at most once a day (or now, when `force`d); the worker starts often, so no alarm
 * (and no permission) is needed.
 */
async function pruneIfDue(db: HistoryDb, force = false): Promise<void> {
  const { lastPruneAt } = (await browser.storage.local.get('lastPruneAt')) as { lastPruneAt?: number };
  if (!force && typeof lastPruneAt === 'number' && Date.now() - lastPruneAt < DAY_MS) return;
  const { retentionDays } = await loadSettings();
  await pruneOlderThan(db, retentionCutoff(Date.now(), retentionDays));
  await browser.storage.local.set({ lastPruneAt: Date.now() });
}

export default defineBackground(() => {
  const db = createHistoryDb();

  handleMessages<BackgroundRequest, BackgroundResponses>({
    // Called from the page button's click: sidePanel.open must run before any await to keep the
    // user gesture, so it is the first thing this handler does.
    'sidepanel:open': async (_message, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { opened: false };
      return { opened: await openSidePanel({ tabId }) };
    },
    'history:save': async ({ batch }) => {
      if (!isHistoryBatch(batch)) return { saved: false };
      return { saved: (await withRoom(db, () => saveBatch(db, batch, Date.now()))) !== null };
    },
    'history:brief': async ({ site, threadId }) => {
      const brief = await threadBrief(db, site, threadId, Date.now()).catch(() => null);
      if (!brief) return null;
      return {
        lastVisitBefore: brief.lastVisitBefore,
        newSinceLastVisit: brief.newSinceLastVisit,
        ownItems: brief.ownItems.map((i) => ({ id: i.id, text: i.text, time: i.time, firstSeen: i.firstSeen })),
      };
    },
    'draft:record': async ({ draft }) => {
      if (!isDraftRecord(draft)) return { saved: false };
      return { saved: (await withRoom(db, () => recordDraft(db, draft))) !== null };
    },
    'draft:context': async ({ site, threadId }) => {
      if (!isSiteId(site) || (threadId !== null && typeof threadId !== 'string')) return null;
      return draftContext(db, site, threadId, Date.now()).catch(() => null);
    },
  });

  void pruneIfDue(db).catch(() => undefined);
  void loadSettings().then((settings) => {
    retentionDays = settings.retentionDays;
  });
  // A shorter retention takes effect at once: the user was told older history is deleted.
  watchSettings((next, previous) => {
    retentionDays = next.retentionDays;
    if (next.retentionDays < previous.retentionDays) void pruneIfDue(db, true).catch(() => undefined);
  });
});
