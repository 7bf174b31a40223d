// Side panel: follows the active tab and shows what Listen First reads there.
import '../../components/styles/app.css';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { SidePanelView } from '../../components/SidePanelView';
import { SITES } from '../../lib/sites/registry';
import { type ActiveTab, queryActiveTab } from '../../lib/ui/active-tab';
import { renderPage } from '../../lib/ui/render-page';
import { useSettings } from '../../lib/ui/use-settings';

function SidePanel() {
  const { t } = useSettings();
  const [tab, setTab] = useState<ActiveTab | null>(null);
  useEffect(() => {
    const refresh = () => void queryActiveTab().then(setTab, () => setTab(null));
    refresh();
    // Tab switches and finished loads change what the panel describes; both events need no permission.
    const onUpdated = (_id: number, change: { status?: string }) => {
      if (change.status === 'complete') refresh();
    };
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(onUpdated);
    window.addEventListener('focus', refresh);
    return () => {
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(onUpdated);
      window.removeEventListener('focus', refresh);
    };
  }, []);
  const status = tab?.status?.enabled ? tab.status : null;
  return <SidePanelView t={t} page={status ? { siteName: SITES[status.site].name, url: status.url } : null} />;
}

renderPage(<SidePanel />);
