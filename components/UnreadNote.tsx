// "Listen first" beside a focused composer: how many replies in the thread the user has not had on screen, how many
// questions or complaints wait among them, a button to the brief and one to close the note for this thread. It sits
// outside the editor's box and off the way to its send button, and takes no focus.
import type { Box, UnreadView } from '../lib/content/composer-view';
import type { Translate } from '../lib/i18n';
import { onUserClick } from './user-click';

/**
 * Room the note needs above the box; with less, it goes below. Above, not below: the sites put their send buttons
 * under the box (LinkedIn, X), and a note must never sit on the way to posting.
 */
const ROOM_ABOVE = 96;
const GAP = 6;
const MAX_WIDTH = 420;

export interface UnreadNoteProps {
  t: Translate;
  id: number;
  box: Box;
  unread: UnreadView;
  viewport: { width: number; height: number };
  onBrief: () => void;
  onClose: () => void;
}

export function UnreadNote({ t, id, box, unread, viewport, onBrief, onClose }: UnreadNoteProps) {
  const width = Math.max(220, Math.min(box.width, MAX_WIDTH, viewport.width - 16));
  const left = Math.max(8, Math.min(box.left, viewport.width - width - 8));
  const above = box.top >= ROOM_ABOVE;
  const place = above ? { bottom: viewport.height - box.top + GAP } : { top: box.top + box.height + GAP };
  const { count, waiting } = unread;
  return (
    <div
      role="status"
      className="pointer-events-auto fixed flex items-start gap-2 rounded-lg border-l-4 border-brand-700 bg-white px-3 py-2 text-gray-800 shadow-lg ring-1 ring-black/10"
      style={{ left, width, ...place }}
      data-lf-unread-note={id}
      data-lf-unread={count}
      data-lf-waiting={waiting}
    >
      <p className="flex-1">
        <span className="font-semibold text-gray-900">{t('draft.unread.title')} </span>
        {count === 1 ? t('draft.unread.one') : t('draft.unread.many', { count })}
        {waiting > 0 ? (
          <span className="mt-0.5 block font-medium text-red-800">
            {waiting === 1 ? t('draft.unread.waiting.one') : t('draft.unread.waiting.many', { count: waiting })}
          </span>
        ) : null}
        <button
          type="button"
          className="mt-1 rounded-md bg-brand-700 px-2 py-0.5 text-xs font-medium text-white hover:bg-brand-800"
          data-lf-unread-brief=""
          onClick={onUserClick(onBrief)}
        >
          {t('draft.unread.brief')}
        </button>
      </p>
      <button
        type="button"
        className="rounded-md px-2 text-lg leading-none text-gray-600 hover:bg-gray-100"
        aria-label={t('draft.unread.close')}
        title={t('draft.unread.close')}
        data-lf-unread-close=""
        onClick={onUserClick(onClose)}
      >
        ×
      </button>
    </div>
  );
}
