// Background service worker (Chrome) / event page (Firefox): the message router and the owner of the history
// database, which lives in the extension's origin. Content scripts never open a database in the site's origin.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { bytesToBase64 } from '../lib/analysis/models/transfer';
import { DropLog } from '../lib/background/drops';
import { createBackgroundHandlers } from '../lib/background/handlers';
import { DEFAULT_RETENTION_DAYS, pruneOlderThan, retentionCutoff } from '../lib/db/history';
import { writeWithRoom } from '../lib/db/quota';
import { noteQuota } from '../lib/db/quota-notice';
import { createHistoryDb, type HistoryDb } from '../lib/db/schema';
import { type BackgroundRequest, type BackgroundResponses, handleMessages } from '../lib/messaging';
import { QueueBadge } from '../lib/queue/badge';
import { loadSettings, watchSettings } from '../lib/settings';
import { openSidePanel } from '../lib/sidepanel';

const DAY_MS = 86_400_000;

/** The toolbar's reply-queue count, redrawn at most once per burst of batches. */
const queueBadge = new QueueBadge();

/** The user's retention, kept current by the settings watch below: a full disk must not wait for a settings read. */
let retentionDays = DEFAULT_RETENTION_DAYS;

/**
 * Prunes by the user's retention at most once a day (or now, when `force`d); the worker starts often, so no alarm
 * (and no permission) is needed.
 */
async function pruneIfDue(db: HistoryDb, force = false): Promise<void> {
  const { lastPruneAt } = (await browser.storage.local.get('lastPruneAt')) as { lastPruneAt?: number };
  if (!force && typeof lastPruneAt === 'number' && Date.now() - lastPruneAt < DAY_MS) return;
  const { retentionDays } = await loadSettings();
  const now = Date.now();
  await pruneOlderThan(db, retentionCutoff(now, retentionDays), now);
  await browser.storage.local.set({ lastPruneAt: Date.now() });
  queueBadge.schedule(db);
}

/** The weights file from the extension's own package (never the network), read on first ask and kept. */
let weights: Promise<string> | null = null;
function readWeights(): Promise<string> {
  weights ??= fetch(browser.runtime.getURL('/models/listen-first.bin'))
    .then((response) => {
      if (!response.ok) throw new Error(`weights: ${response.status}`);
      return response.arrayBuffer();
    })
    .then((buffer) => bytesToBase64(new Uint8Array(buffer)));
  // A failed read is tried again on the next ask instead of being kept.
  weights.catch(() => {
    weights = null;
  });
  return weights;
}

export default defineBackground(() => {
  const db = createHistoryDb();

  handleMessages<BackgroundRequest, BackgroundResponses>(
    createBackgroundHandlers(db, {
      self: { id: browser.runtime.id, base: browser.runtime.getURL('') },
      openSidePanel,
      // Saves through a full disk: prune, retry, and leave the user a notice (history page, popup) either way.
      withRoom: (write) => writeWithRoom(db, write, noteQuota, retentionDays).catch(() => null),
      drops: new DropLog(),
      weights: readWeights,
      historyChanged: () => queueBadge.schedule(db),
    }),
  );
  queueBadge.schedule(db);

  // Read and encoded while the worker starts, not when a page's first reading pass waits for it.
  void readWeights().catch(() => undefined);
  void pruneIfDue(db).catch(() => undefined);
  // After an update at once, not within a day: rows an older release stored with impossible times blank the history
  // page until pruning removes them.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'update') void pruneIfDue(db, true).catch(() => undefined);
  });
  void loadSettings().then((settings) => {
    retentionDays = settings.retentionDays;
  });
  // A shorter retention takes effect at once: the user was told older history is deleted.
  watchSettings((next, previous) => {
    retentionDays = next.retentionDays;
    if (next.retentionDays < previous.retentionDays) void pruneIfDue(db, true).catch(() => undefined);
  });
});
