// The weekly report: a printable page of plain tables and figures, so "Save as PDF" gives a clean document. Buttons
// and the page's background drop out in print (Tailwind's print: variants); each table keeps to one page if it can.
import type { Translate, UiLanguage } from '../../lib/i18n';
import { waitAge } from '../../lib/queue/age';
import type { WeekReport } from '../../lib/report/week';
import { SITES } from '../../lib/sites/registry';
import { dateTime, pickedDate, shortDay } from '../history/format';
import { Logo } from '../Logo';

export interface WeeklyReportProps {
  t: Translate;
  lang: UiLanguage;
  report: WeekReport | null;
  onWeek: (step: -1 | 1) => void;
  /** False on the current week: there is no next one yet. */
  canGoForward: boolean;
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

export function WeeklyReport({ t, lang, report, onWeek, canGoForward }: WeeklyReportProps) {
  const button =
    'rounded-md px-3 py-2 text-sm text-gray-800 ring-1 ring-gray-300 hover:bg-gray-50 disabled:opacity-50 print:hidden';
  return (
    <main className="mx-auto max-w-3xl bg-white p-6 text-sm text-gray-900 print:max-w-none print:p-0">
      <header className="mb-4 flex items-center gap-3 border-b border-gray-300 pb-3">
        <Logo size={32} />
        <div className="flex-1">
          <h1 className="text-xl font-semibold">{t('report.title')}</h1>
          {report ? (
            <p className="text-gray-700" data-lf-report-period>
              {t('report.period', { from: pickedDate(lang, report.from), to: pickedDate(lang, report.to) })}
            </p>
          ) : null}
        </div>
      </header>
      <nav className="mb-6 flex flex-wrap gap-2 print:hidden" aria-label={t('report.title')}>
        <button type="button" className={button} onClick={() => onWeek(-1)}>
          {t('report.previous')}
        </button>
        <button type="button" className={button} onClick={() => onWeek(1)} disabled={!canGoForward}>
          {t('report.next')}
        </button>
        <button
          type="button"
          className="rounded-md bg-brand-700 px-3 py-2 text-sm font-medium text-white hover:bg-brand-800 print:hidden"
          onClick={() => window.print()}
        >
          {t('report.print')}
        </button>
      </nav>
      {report === null ? <p role="status">{t('report.loading')}</p> : <Body t={t} lang={lang} report={report} />}
      <footer className="mt-8 border-t border-gray-300 pt-2 text-xs text-gray-600">{t('report.footer')}</footer>
    </main>
  );
}

function Body({ t, lang, report }: { t: Translate; lang: UiLanguage; report: WeekReport }) {
  const { replies } = report;
  const section = 'mb-6 break-inside-avoid';
  const th = 'border-b border-gray-400 py-1 pr-3 text-left font-semibold';
  const td = 'border-b border-gray-200 py-1 pr-3';
  return (
    <>
      <section className={section} aria-labelledby="report-summary">
        <h2 id="report-summary" className="mb-2 text-base font-semibold">
          {t('report.summary')}
        </h2>
        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4 print:grid-cols-4" data-testid="report-summary">
          {(
            [
              ['threads', t('report.threads'), report.threadsRead],
              ['posts', t('report.posts'), report.posts],
              ['edited', t('report.edited'), report.edited],
              ['overridden', t('report.overridden'), report.overridden],
            ] as const
          ).map(([key, label, value]) => (
            <div key={key} className="flex flex-col-reverse rounded border border-gray-300 p-2">
              <dt className="text-xs text-gray-700">{label}</dt>
              <dd className="text-lg font-semibold" data-lf-report={key}>
                {value}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section className={section} aria-labelledby="report-replies">
        <h2 id="report-replies" className="mb-2 text-base font-semibold">
          {t('report.replies')}
        </h2>
        {replies.total === 0 ? (
          <p className="text-gray-700">{t('report.replies.none')}</p>
        ) : (
          <table className="w-full border-collapse" data-testid="report-replies">
            <tbody>
              <tr>
                <th scope="row" className={th}>
                  {t('report.replies.total')}
                </th>
                <td className={td}>{replies.total}</td>
              </tr>
              <tr>
                <th scope="row" className={th}>
                  {t('report.replies.within30')}
                </th>
                <td className={td} data-lf-report="within30">
                  {t('report.share', { count: replies.within30, percent: percent(replies.within30, replies.total) })}
                </td>
              </tr>
              <tr>
                <th scope="row" className={th}>
                  {t('report.replies.within24')}
                </th>
                <td className={td} data-lf-report="within24h">
                  {t('report.share', { count: replies.within24h, percent: percent(replies.within24h, replies.total) })}
                </td>
              </tr>
              <tr>
                <th scope="row" className={th}>
                  {t('report.replies.median')}
                </th>
                <td className={td}>{replies.median === null ? '–' : t('report.minutes', { n: replies.median })}</td>
              </tr>
            </tbody>
          </table>
        )}
      </section>

      <section className={section} aria-labelledby="report-waiting">
        <h2 id="report-waiting" className="mb-2 text-base font-semibold">
          {t('report.waiting')} ({report.waitingTotal})
        </h2>
        {report.waitingTotal > report.waiting.length ? (
          <p className="mb-2 text-gray-700">
            {t('report.waiting.oldest', { shown: report.waiting.length, total: report.waitingTotal })}
          </p>
        ) : null}
        {report.waiting.length === 0 ? (
          <p className="text-gray-700">{t('report.waiting.none')}</p>
        ) : (
          <table className="w-full border-collapse" data-testid="report-waiting">
            <thead>
              <tr>
                <th scope="col" className={th}>
                  {t('report.waiting.kind')}
                </th>
                <th scope="col" className={th}>
                  {t('report.waiting.who')}
                </th>
                <th scope="col" className={th}>
                  {t('report.waiting.words')}
                </th>
                <th scope="col" className={th}>
                  {t('report.waiting.since')}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.waiting.map((entry) => {
                const age = waitAge(entry.at, report.to);
                return (
                  <tr key={entry.key} data-lf-report-waiting={entry.key}>
                    <td className={td}>
                      {t(entry.kind === 'complaint' ? 'queue.kind.complaint' : 'queue.kind.question')}
                    </td>
                    <td className={td}>
                      {t('queue.by', { author: entry.author, site: SITES[entry.site]?.name ?? entry.site })}
                    </td>
                    <td className={`${td} break-words`}>{entry.words}</td>
                    <td className={td}>
                      {dateTime(lang, entry.at)} ({t(`queue.age.${age.unit}`, { n: age.n })})
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>

      <section className={section} aria-labelledby="report-tone">
        <h2 id="report-tone" className="mb-2 text-base font-semibold">
          {t('report.tone')}
        </h2>
        <table className="w-full border-collapse" data-testid="report-tone">
          <thead>
            <tr>
              <th scope="col" className={th}>
                {t('report.day')}
              </th>
              <th scope="col" className={th}>
                {t('report.positive')}
              </th>
              <th scope="col" className={th}>
                {t('report.neutral')}
              </th>
              <th scope="col" className={th}>
                {t('report.negative')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.tones.map((day) => (
              <tr key={day.day}>
                <th scope="row" className={`${td} font-normal`}>
                  {shortDay(lang, day.day)}
                </th>
                <td className={td}>{day.positive}</td>
                <td className={td}>{day.neutral}</td>
                <td className={td}>{day.negative}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
