// One row of the history list: a thread read, a post the user made, or (in search results) a comment.
import type { HistoryEntry } from '../../lib/db/query';
import type { StoredDraft } from '../../lib/db/schema';
import type { Translate, UiLanguage } from '../../lib/i18n';
import { snippet } from './format';
import { Marked } from './Marked';
import { StoredTime } from './StoredTime';

export interface EntryRowProps {
  t: Translate;
  lang: UiLanguage;
  entry: HistoryEntry;
  terms: string[];
  onOpenThread: (threadKey: string) => void;
  onDelete: (entry: HistoryEntry) => void;
}

const OUTCOME_STYLE: Record<StoredDraft['outcome'], string> = {
  clean: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  edited: 'bg-sky-50 text-sky-800 ring-sky-200',
  anyway: 'bg-amber-50 text-amber-900 ring-amber-300',
  abandoned: 'bg-gray-100 text-gray-700 ring-gray-300',
};

const TONE_STYLE = {
  positive: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  neutral: 'bg-gray-50 text-gray-700 ring-gray-200',
  negative: 'bg-rose-50 text-rose-800 ring-rose-200',
} as const;

const chip = 'inline-block rounded-full px-2 py-0.5 text-xs font-medium ring-1';
const button = 'rounded-md px-2.5 py-1 text-xs ring-1 ring-gray-300 hover:bg-gray-50';

export function EntryRow({ t, lang, entry, terms, onOpenThread, onDelete }: EntryRowProps) {
  const site =
    entry.kind === 'thread' ? entry.thread.site : entry.kind === 'draft' ? entry.draft.site : entry.item.site;
  const threadKey =
    entry.kind === 'thread' ? entry.thread.key : entry.kind === 'draft' ? entry.draft.threadKey : entry.item.threadKey;
  return (
    <li className="rounded-xl bg-white p-4 ring-1 ring-gray-200" data-lf-entry={entry.kind}>
      <div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-gray-600">
        <span className="font-semibold text-gray-800">{t(`site.${site}`)}</span>
        <span aria-hidden="true">·</span>
        <StoredTime lang={lang} at={entry.at} />
        <Badge t={t} entry={entry} />
      </div>
      <Body t={t} entry={entry} terms={terms} />
      <div className="mt-2 flex flex-wrap gap-2">
        {threadKey ? (
          <button type="button" className={button} onClick={() => onOpenThread(threadKey)}>
            {t('history.openTimeline')}
          </button>
        ) : null}
        <button type="button" className={`${button} text-red-800`} onClick={() => onDelete(entry)}>
          {entry.kind === 'thread'
            ? t('history.delete.thread')
            : entry.kind === 'draft'
              ? t('history.delete.post')
              : t('history.delete.comment')}
        </button>
      </div>
    </li>
  );
}

function Badge({ t, entry }: { t: Translate; entry: HistoryEntry }) {
  if (entry.kind === 'draft') {
    return (
      <span className={`${chip} ${OUTCOME_STYLE[entry.draft.outcome]}`}>
        {t(`history.action.${entry.draft.outcome}`)}
      </span>
    );
  }
  const tone = entry.kind === 'thread' ? entry.tone : entry.item.tone;
  return (
    <span className={`${chip} ${TONE_STYLE[tone]}`}>
      {entry.kind === 'thread'
        ? t('history.threadTone', { tone: t(`history.tone.${tone}`).toLowerCase() })
        : t(`history.tone.${tone}`)}
    </span>
  );
}

function Body({ t, entry, terms }: { t: Translate; entry: HistoryEntry; terms: string[] }) {
  if (entry.kind === 'thread') {
    const { thread } = entry;
    const s = thread.summary;
    return (
      <>
        <p className="font-medium text-gray-900">
          {thread.rootAuthor ? t('history.threadBy', { author: thread.rootAuthor }) : t('history.thread')}
        </p>
        {thread.rootText ? (
          <p className="text-gray-700">
            <Marked text={snippet(thread.rootText)} terms={terms} />
          </p>
        ) : null}
        <p className="mt-1 text-xs text-gray-600">
          {t('history.threadCounts', { items: s.items, negative: s.negative, own: s.own })}
        </p>
      </>
    );
  }
  if (entry.kind === 'draft') {
    const { draft } = entry;
    return (
      <>
        <p className="font-medium text-gray-900">{t(`history.composer.${draft.composer}`)}</p>
        <p className="text-gray-700">
          {draft.text ? (
            <Marked text={snippet(draft.text)} terms={terms} />
          ) : (
            <em className="text-gray-500">{t('history.noText')}</em>
          )}
        </p>
        {draft.findings.length ? (
          <p className="mt-1 text-xs text-gray-600">
            {t('history.findings', {
              count: draft.findings.length,
              list: [...new Set(draft.findings.map((f) => categoryLabel(t, f.category)))].join(', '),
            })}
          </p>
        ) : null}
      </>
    );
  }
  const { item } = entry;
  return (
    <>
      <p className="font-medium text-gray-900">
        {item.own ? t('history.you') : item.author.name}
        {item.author.handle && !item.own ? (
          <span className="font-normal text-gray-500"> {item.author.handle}</span>
        ) : null}
      </p>
      <p className="text-gray-700">
        <Marked text={snippet(item.text)} terms={terms} />
      </p>
    </>
  );
}

const CATEGORIES = new Set([
  'promotional',
  'spam',
  'hostile',
  'condescending',
  'defensive',
  'acknowledgment',
  'register',
  'disclosure',
  'tone-clash',
  'repetition',
  'watchlist',
  'custom',
]);

/** A finding's category in words; one this release does not know (from a newer export) shows its id. */
export function categoryLabel(t: Translate, category: string): string {
  return CATEGORIES.has(category) ? t(`history.category.${category}` as Parameters<Translate>[0]) : category;
}
