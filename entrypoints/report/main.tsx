// Weekly report page (report.html): opened from the history page; reads the extension's own database, prints clean.
// `?end=YYYY-MM-DD` picks the week's last day (today by default), so a report can be linked and reopened.
import '../../components/styles/app.css';
import { useEffect, useMemo, useState } from 'react';
import { WeeklyReport } from '../../components/report/WeeklyReport';
import { dayOf } from '../../lib/db/day-totals';
import { localMidnight } from '../../lib/db/drafts';
import { createHistoryDb } from '../../lib/db/schema';
import { type WeekReport, weekReport } from '../../lib/report/week';
import { renderPage } from '../../lib/ui/render-page';
import { useSettings } from '../../lib/ui/use-settings';

const DAY_MS = 86_400_000;

/** Noon of today; noon keeps a week step clear of daylight-saving shifts. */
const todayNoon = () => localMidnight(Date.now()) + DAY_MS / 2;

/** Noon of the day the URL names, or of today. */
function endFromUrl(): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(new URLSearchParams(location.search).get('end') ?? '');
  const today = todayNoon();
  if (!match) return today;
  const picked = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12).getTime();
  return Number.isFinite(picked) ? Math.min(picked, today) : today;
}

function Report() {
  const { loaded, lang, t } = useSettings();
  const db = useMemo(() => createHistoryDb(), []);
  const [end, setEnd] = useState(endFromUrl);
  const [report, setReport] = useState<WeekReport | null>(null);
  useEffect(() => {
    let alive = true;
    setReport(null);
    void weekReport(db, end).then((value) => alive && setReport(value));
    return () => {
      alive = false;
    };
  }, [db, end]);
  useEffect(() => {
    document.title = `${t('app.name')} · ${t('report.title')}`;
  }, [t]);
  if (!loaded) return null;
  const today = todayNoon();
  return (
    <WeeklyReport
      t={t}
      lang={lang}
      report={report}
      canGoForward={end < today}
      onWeek={(step) => {
        const next = Math.min(end + step * 7 * DAY_MS, today);
        history.replaceState(null, '', `?end=${dayOf(next)}`);
        setEnd(next);
      }}
    />
  );
}

renderPage(<Report />, { historyWayOut: true });
