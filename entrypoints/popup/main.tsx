// Toolbar popup: status of the active tab, and the way to the side panel and the settings.
import '../../components/styles/app.css';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { dateTime } from '../../components/history/format';
import { type PopupPageState, PopupView } from '../../components/PopupView';
import { QueueList } from '../../components/queue/QueueList';
import { type TodayCounts, todayCounts } from '../../lib/db/query';
import { type QuotaNoticeValue, quotaNotice } from '../../lib/db/quota-notice';
import { createHistoryDb } from '../../lib/db/schema';
import { askTab } from '../../lib/messaging';
import { openSidePanel } from '../../lib/sidepanel';
import { SITES } from '../../lib/sites/registry';
import { type ActiveTab, queryActiveTab } from '../../lib/ui/active-tab';
import { renderPage } from '../../lib/ui/render-page';
import { saveBlob } from '../../lib/ui/save-blob';
import { useQueue } from '../../lib/ui/use-queue';
import { useSettings } from '../../lib/ui/use-settings';

function Popup() {
  const { t, lang, settings } = useSettings();
  const queue = useQueue(t);
  const [tab, setTab] = useState<ActiveTab | null | undefined>(undefined);
  const [today, setToday] = useState<TodayCounts | null>(null);
  const [quota, setQuota] = useState<QuotaNoticeValue | null>(null);
  const [shapeFailed, setShapeFailed] = useState(false);
  useEffect(() => {
    void queryActiveTab().then(setTab, () => setTab(null));
    const db = createHistoryDb();
    void todayCounts(db, Date.now())
      .then(setToday, () => setToday(null))
      .finally(() => db.close());
    void quotaNotice.getValue().then(setQuota, () => setQuota(null));
  }, []);

  let page: PopupPageState = { kind: 'loading' };
  if (tab === null || (tab && !tab.status)) page = { kind: 'unsupported' };
  else if (tab?.status) {
    const siteName = SITES[tab.status.site].name;
    page = tab.status.enabled ? { kind: 'active', siteName, thread: tab.status.thread } : { kind: 'off', siteName };
  }

  return (
    <PopupView
      t={t}
      page={page}
      today={today}
      queue={
        queue.ready ? (
          <QueueList
            t={t}
            entries={queue.entries}
            total={queue.total}
            now={queue.now}
            heading="all"
            max={3}
            onOpen={queue.open}
            onDone={(entry) => void queue.done(entry)}
          />
        ) : null
      }
      guardOn={settings.warnBeforePosting}
      notice={quota ? t('quota.pruned', { date: dateTime(lang, quota.at), days: quota.keptDays }) : null}
      onOpenHistory={() => {
        void browser.tabs.create({ url: browser.runtime.getURL('/activity.html') });
        window.close();
      }}
      onOpenSidePanel={() => {
        // Synchronous call inside the click: both browsers require the user gesture.
        void openSidePanel(tab ? { windowId: tab.windowId } : {}).then((opened) => {
          if (opened) window.close();
        });
      }}
      onSaveShape={() => {
        if (!tab?.status) return;
        const site = tab.status.site;
        // Asked now, not with the status: the report walks the page, and only a user who wants it pays for that.
        void askTab(tab.tabId, { type: 'page:shape' }).then((answer) => {
          setShapeFailed(!answer);
          if (!answer) return;
          const day = new Date().toISOString().slice(0, 10);
          saveBlob(
            new Blob([answer.json], { type: 'application/json' }),
            `listen-first-page-shape-${site}-${day}.json`,
          );
        });
      }}
      shapeFailed={shapeFailed}
      onOpenSettings={() => {
        void browser.runtime.openOptionsPage();
        window.close();
      }}
    />
  );
}

renderPage(<Popup />);
