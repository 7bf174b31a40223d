// Side panel: follows the active tab; when its page holds a recognised thread, shows the brief and scrolls the
// page to an entry on click. Refreshes when the tab's content script reports a reading pass (no polling).
import '../../components/styles/app.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { QueueList } from '../../components/queue/QueueList';
import { SidePanelView } from '../../components/SidePanelView';
import { ThreadBrief } from '../../components/ThreadBrief';
import { computeBrief } from '../../lib/brief';
import type { ThreadSnapshot } from '../../lib/content/thread-watch';
import { askTab, type HistoryBrief, sendToBackground } from '../../lib/messaging';
import { SITES } from '../../lib/sites/registry';
import { type ActiveTab, queryActiveTab } from '../../lib/ui/active-tab';
import { renderPage } from '../../lib/ui/render-page';
import { useQueue } from '../../lib/ui/use-queue';
import { useSettings } from '../../lib/ui/use-settings';

interface PanelState {
  tab: ActiveTab | null;
  snapshot: ThreadSnapshot | null;
  history: HistoryBrief | null;
}

async function load(): Promise<PanelState> {
  const tab = await queryActiveTab();
  if (!tab?.status?.enabled) return { tab, snapshot: null, history: null };
  const snapshot = await askTab(tab.tabId, { type: 'thread:snapshot' });
  const history =
    snapshot?.threadId != null
      ? await sendToBackground({ type: 'history:brief', site: snapshot.site, threadId: snapshot.threadId }).catch(
          () => null,
        )
      : null;
  return { tab, snapshot, history };
}

function SidePanel() {
  const { t, lang } = useSettings();
  const queue = useQueue(t);
  const [state, setState] = useState<PanelState>({ tab: null, snapshot: null, history: null });
  // The queue waits for the first look at the tab: a thread's brief would move its entries to "elsewhere".
  const [looked, setLooked] = useState(false);
  const tabId = useRef<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const refresh = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    // Coalesce bursts (a page with many passes, several tab events) into one reload.
    timer.current = setTimeout(() => {
      void load().then(
        (next) => {
          tabId.current = next.tab?.tabId ?? null;
          setState(next);
          setLooked(true);
        },
        () => {
          setState({ tab: null, snapshot: null, history: null });
          setLooked(true);
        },
      );
    }, 150);
  }, []);

  useEffect(() => {
    refresh();
    const onUpdated = (_id: number, change: { status?: string }) => {
      if (change.status === 'complete') refresh();
    };
    // A content script's history batch is broadcast to extension pages too: the active tab read something new.
    const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
      if ((message as { type?: string })?.type === 'history:save' && sender.tab?.id === tabId.current) refresh();
      return undefined;
    };
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.runtime.onMessage.addListener(onMessage);
    window.addEventListener('focus', refresh);
    return () => {
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.runtime.onMessage.removeListener(onMessage);
      window.removeEventListener('focus', refresh);
    };
  }, [refresh]);

  const status = state.tab?.status?.enabled ? state.tab.status : null;
  const now = Date.now();
  const brief = state.snapshot?.status === 'recognised' ? computeBrief(state.snapshot, state.history, now) : null;
  // Under a thread's brief, the queue shows the other threads: this one's questions are in the brief already.
  const here = brief && state.snapshot?.threadId != null ? `${state.snapshot.site}:${state.snapshot.threadId}` : null;
  const elsewhere = here ? queue.entries.filter((entry) => entry.threadKey !== here) : queue.entries;
  return (
    <SidePanelView
      t={t}
      page={
        status
          ? {
              siteName: SITES[status.site].name,
              url: status.url,
              status: state.snapshot?.status ?? status.thread.status,
            }
          : null
      }
      queue={
        queue.ready && looked ? (
          <QueueList
            t={t}
            entries={elsewhere}
            total={queue.total - (queue.entries.length - elsewhere.length)}
            now={queue.now}
            heading={here ? 'elsewhere' : 'all'}
            onOpen={queue.open}
            onDone={(entry) => void queue.done(entry)}
          />
        ) : null
      }
    >
      {brief ? (
        <ThreadBrief
          t={t}
          lang={lang}
          brief={brief}
          now={now}
          onSelect={(id) => {
            const tab = state.tab;
            if (tab) void askTab(tab.tabId, { type: 'thread:scroll-to', id });
          }}
        />
      ) : null}
    </SidePanelView>
  );
}

renderPage(<SidePanel />);
