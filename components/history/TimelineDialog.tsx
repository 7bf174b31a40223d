// One thread as it happened, in a dialog: the root post, each comment at its time, the user's visits and posts.
import type { ThreadTimeline, TimelineEntry } from '../../lib/db/query';
import type { StoredThread } from '../../lib/db/schema';
import type { Translate, UiLanguage } from '../../lib/i18n';
import { siteLink } from '../../lib/sites/registry';
import { Dialog } from './Dialog';
import { categoryLabel } from './EntryRow';
import { dateTime } from './format';
import { Marked } from './Marked';
import { StoredTime } from './StoredTime';

export interface TimelineDialogProps {
  t: Translate;
  lang: UiLanguage;
  /** undefined while loading, null when the thread is gone. */
  timeline: ThreadTimeline | null | undefined;
  terms: string[];
  onClose: () => void;
  onDeleteItem: (key: string) => void;
  onDeleteThread: (key: string) => void;
}

const TONE_DOT = { positive: 'bg-emerald-500', neutral: 'bg-gray-400', negative: 'bg-rose-500' } as const;

export function TimelineDialog({
  t,
  lang,
  timeline,
  terms,
  onClose,
  onDeleteItem,
  onDeleteThread,
}: TimelineDialogProps) {
  const thread = timeline?.thread;
  return (
    <Dialog
      title={thread?.rootAuthor ? t('history.threadBy', { author: thread.rootAuthor }) : t('history.timeline')}
      closeLabel={t('history.close')}
      onClose={onClose}
      wide
      testId="timeline-dialog"
    >
      {timeline === undefined ? <p role="status">{t('history.loading')}</p> : null}
      {timeline === null ? <p role="status">{t('history.threadGone')}</p> : null}
      {timeline && thread ? (
        <>
          <p className="mb-1 text-xs text-gray-600">
            {t(`site.${thread.site}`)} · {t('history.firstRead', { date: dateTime(lang, thread.firstSeen) })}
          </p>
          {thread.rootText ? (
            <p className="mb-2 whitespace-pre-line rounded-lg bg-gray-50 p-3 text-gray-800">
              <Marked text={thread.rootText} terms={terms} />
            </p>
          ) : null}
          <ThreadAddress t={t} thread={thread} />
          <ol
            className="max-h-[50vh] space-y-2 overflow-y-auto border-l-2 border-gray-200 pl-4"
            aria-label={t('history.timeline')}
          >
            {timeline.entries.map((entry) => (
              <li key={entryKey(entry)} className="relative" data-lf-timeline={entry.kind}>
                <StoredTime lang={lang} at={entry.at} className="block text-xs text-gray-500" />
                <EntryBody t={t} entry={entry} terms={terms} onDeleteItem={onDeleteItem} />
              </li>
            ))}
          </ol>
          <div className="mt-4 flex justify-end">
            <button
              type="button"
              className="rounded-md px-3 py-2 text-red-800 ring-1 ring-red-300 hover:bg-red-50"
              onClick={() => onDeleteThread(thread.key)}
            >
              {t('history.delete.thread')}
            </button>
          </div>
        </>
      ) : null}
    </Dialog>
  );
}

/** "Open on Facebook" when the stored address is really the thread's site over https; otherwise the address as text. */
function ThreadAddress({ t, thread }: { t: Translate; thread: StoredThread }) {
  const site = t(`site.${thread.site}`);
  const href = siteLink(thread.url, thread.site);
  if (href === null) {
    return (
      <p className="mb-4 break-all text-xs text-gray-600" data-lf-address="not-linked">
        {t('history.addressNotLinked', { site, url: String(thread.url) })}
      </p>
    );
  }
  return (
    <a className="mb-4 inline-block text-brand-700 underline" href={href} target="_blank" rel="noreferrer noopener">
      {t('history.openOnSite', { site })}
    </a>
  );
}

const entryKey = (entry: TimelineEntry) =>
  entry.kind === 'item'
    ? entry.item.key
    : entry.kind === 'visit'
      ? `v${entry.visit.id ?? entry.at}`
      : `d${entry.draft.id ?? entry.at}`;

function EntryBody(props: {
  t: Translate;
  entry: TimelineEntry;
  terms: string[];
  onDeleteItem: (key: string) => void;
}) {
  const { t, entry, terms } = props;
  if (entry.kind === 'visit') return <p className="text-xs font-medium text-gray-600">{t('history.visit')}</p>;
  if (entry.kind === 'draft') {
    const { draft } = entry;
    return (
      <div className="rounded-lg bg-brand-50 p-2 ring-1 ring-brand-100">
        <p className="text-xs font-semibold text-brand-800">
          {t('history.youPosted')} · {t(`history.action.${draft.outcome}`)}
        </p>
        <p className="whitespace-pre-line text-gray-800">
          {draft.text ? (
            <Marked text={draft.text} terms={terms} />
          ) : (
            <em className="text-gray-500">{t('history.noText')}</em>
          )}
        </p>
        {draft.findings.length ? (
          <p className="text-xs text-gray-600">
            {t('history.findings', {
              count: draft.findings.length,
              list: [...new Set(draft.findings.map((f) => categoryLabel(t, f.category)))].join(', '),
            })}
          </p>
        ) : null}
      </div>
    );
  }
  const { item } = entry;
  return (
    <div className={item.own ? 'rounded-lg bg-brand-50 p-2 ring-1 ring-brand-100' : ''}>
      <p className="flex flex-wrap items-center gap-2 text-xs">
        <span className={`inline-block h-2 w-2 rounded-full ${TONE_DOT[item.tone]}`} aria-hidden="true" />
        <span className="font-semibold text-gray-900">{item.own ? t('history.you') : item.author.name}</span>
        <span className="text-gray-600">{t(`history.tone.${item.tone}`)}</span>
        {item.flags.hostile ? <span className="text-rose-800">{t('history.flag.hostile')}</span> : null}
        {item.flags.complaint ? <span className="text-amber-900">{t('history.flag.complaint')}</span> : null}
        {item.flags.question ? <span className="text-sky-800">{t('history.flag.question')}</span> : null}
        {entry.isNew ? <span className="font-semibold text-brand-700">{t('history.newSinceFirstVisit')}</span> : null}
        {item.time === null ? <span className="text-gray-500">{t('history.timeIsFirstRead')}</span> : null}
      </p>
      <p className="whitespace-pre-line text-gray-800">
        <Marked text={item.text} terms={terms} />
      </p>
      <button
        type="button"
        className="mt-1 rounded px-1.5 text-xs text-red-800 underline-offset-2 hover:underline"
        onClick={() => props.onDeleteItem(item.key)}
      >
        {t('history.delete.comment')}
      </button>
    </div>
  );
}
