// History page (activity.html): opened from the popup and the settings; reads the extension's own database.
// Not named history/: WXT makes an entrypoint called history the browser's History override (Ctrl+H).
import '../../components/styles/app.css';
import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { HistoryPage } from '../../components/history/HistoryPage';
import { type QuotaNoticeValue, quotaNotice } from '../../lib/db/quota-notice';
import { createHistoryDb } from '../../lib/db/schema';
import { renderPage } from '../../lib/ui/render-page';
import { useSettings } from '../../lib/ui/use-settings';

function History() {
  const { loaded, lang, t } = useSettings();
  const db = useMemo(() => createHistoryDb(), []);
  const [quota, setQuota] = useState<QuotaNoticeValue | null>(null);
  useEffect(() => {
    void quotaNotice.getValue().then(setQuota);
    return quotaNotice.watch(setQuota);
  }, []);
  useEffect(() => {
    document.title = `${t('app.name')} · ${t('history.title')}`;
  }, [t]);
  if (!loaded) return null;
  return (
    <HistoryPage
      t={t}
      lang={lang}
      db={db}
      quota={quota}
      onDismissQuota={() => void quotaNotice.setValue(null)}
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
    />
  );
}

renderPage(<History />, { historyWayOut: true });
