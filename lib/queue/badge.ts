// The queue's count on the extension's toolbar button, so a waiting question shows without opening anything.
// Called by the background after history writes and by the pages after "done"; the count is read from the index.
import { browser } from 'wxt/browser';
import { openQueueCount } from '../db/queue';
import type { HistoryDb } from '../db/schema';
import { addPageMessages, resolveUiLanguage, type Translate, translator } from '../i18n';
import { queueDe } from '../i18n/queue.de';
import { queueEn } from '../i18n/queue.en';
import { loadSettings } from '../settings';

/** Shows the count (99+ above 99), or nothing when nobody waits; the title says it in words. */
export async function showQueueCount(db: HistoryDb, t: Translate): Promise<number> {
  const count = await openQueueCount(db);
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return count;
  await action.setBadgeText({ text: count === 0 ? '' : count > 99 ? '99+' : String(count) });
  await action.setBadgeBackgroundColor({ color: '#9f1239' });
  await action.setTitle({ title: count === 0 ? 'Listen First' : t('queue.badge', { count }) });
  return count;
}

/** Coalesces the background's many batch notices (one per debounce window of every open tab) into one redraw. */
export class QueueBadge {
  private timer: ReturnType<typeof setTimeout> | null = null;

  schedule(db: HistoryDb, delayMs = 500): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void backgroundTranslate()
        .then((t) => showQueueCount(db, t))
        .catch(() => undefined);
    }, delayMs);
  }
}

/** The background has no page to register strings: it adds the queue's own and follows the language setting. */
async function backgroundTranslate(): Promise<Translate> {
  addPageMessages({ en: queueEn, de: queueDe });
  const { uiLanguage } = await loadSettings();
  return translator(resolveUiLanguage(uiLanguage, browser.i18n.getUILanguage()));
}
