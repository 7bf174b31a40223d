// Listen First's UI beside the site's composers: a small verdict badge in each box's corner, the findings panel
// it opens, the flagged words' marks and the guard's card ("Edit" / "Post anyway"). Drawn over the page in our
// closed layer, never inside the editor.
import { useCallback, useLayoutEffect, useRef } from 'react';
import { placeCard } from '../lib/content/card-place';
import type { ComposerActions, ComposerView } from '../lib/content/composer-view';
import type { Translate } from '../lib/i18n';
import { FindingList } from './FindingList';
import { SilencedNote } from './SilencedNote';
import { UnreadNote } from './UnreadNote';
import { onUserClick } from './user-click';

const BADGE = 22;

const VERDICT_STYLE = {
  ok: 'bg-emerald-600 text-white',
  caution: 'bg-amber-500 text-white',
  warn: 'bg-red-600 text-white',
} as const;

/** Flagged words: a tint over them and a line under them, drawn in our layer over the editor. */
const MARK_STYLE = {
  warn: 'bg-red-600/15 border-b-2 border-red-600',
  caution: 'bg-amber-600/15 border-b-2 border-dashed border-amber-600',
  info: 'border-b-2 border-dotted border-blue-600',
} as const;

export interface ComposerLayerProps {
  t: Translate;
  views: ComposerView[];
  actions: ComposerActions;
  /** The window's size, for placing panels and cards inside it. */
  viewport: { width: number; height: number };
}

function placement(view: ComposerView, viewport: ComposerLayerProps['viewport']): React.CSSProperties {
  const { top, bottom, left, width, maxHeight } = placeCard(view.box, viewport);
  return { top, bottom, left, width, maxHeight };
}

export function ComposerLayer({ t, views, actions, viewport }: ComposerLayerProps) {
  return (
    <div className="pointer-events-none fixed inset-0 text-sm">
      {views.map((view) => (
        <ComposerUi key={view.id} t={t} view={view} actions={actions} viewport={viewport} />
      ))}
    </div>
  );
}

interface ComposerUiProps {
  t: Translate;
  view: ComposerView;
  actions: ComposerActions;
  viewport: ComposerLayerProps['viewport'];
}

function ComposerUi({ t, view, actions, viewport }: ComposerUiProps) {
  const { box, id } = view;
  // Stable callbacks, so the memoised findings list redraws only when its findings change.
  const onApply = useCallback((index: number, s: string) => actions.apply(id, index, s), [actions, id]);
  const onIgnore = useCallback((phrase: string) => actions.ignore(id, phrase), [actions, id]);
  const onSilence = useCallback((ruleId: string) => actions.silence(id, ruleId), [actions, id]);
  const count = view.findings.length;
  const label = count ? t('draft.badge.findings', { count }) : t('draft.badge.ok');
  return (
    <>
      <Marks view={view} />
      {view.unread && !view.open && !view.stopped ? (
        <UnreadNote
          t={t}
          id={view.id}
          box={box}
          unread={view.unread}
          viewport={viewport}
          onBrief={() => actions.openBrief(view.id)}
          onClose={() => actions.dismissUnread(view.id)}
        />
      ) : null}
      <button
        type="button"
        className={`pointer-events-auto fixed flex items-center justify-center rounded-full text-xs font-bold shadow ring-2 ring-white ${VERDICT_STYLE[view.verdict]}`}
        style={{
          top: box.top + box.height - BADGE - 4,
          left: box.left + box.width - BADGE - 4,
          width: BADGE,
          height: BADGE,
        }}
        aria-label={label}
        title={label}
        aria-expanded={view.open}
        data-lf-draft-badge={view.id}
        data-lf-verdict={view.verdict}
        data-lf-count={count}
        data-lf-guarded={String(view.guarded)}
        onClick={() => actions.toggle(view.id)}
        // The focus stays on the badge after a click: Escape there closes the panel too.
        onKeyDown={(e) => {
          if (e.key === 'Escape') actions.close(view.id);
        }}
      >
        {count ? count : '✓'}
      </button>
      {view.stopped ? (
        <GuardCard
          t={t}
          view={view}
          actions={actions}
          viewport={viewport}
          onApply={onApply}
          onIgnore={onIgnore}
          onSilence={onSilence}
        />
      ) : view.open ? (
        <section
          className="pointer-events-auto fixed overflow-auto rounded-xl bg-white p-3 shadow-xl ring-1 ring-black/10"
          style={placement(view, viewport)}
          aria-label={t('draft.panel.title')}
          data-lf-draft-panel={view.id}
          onKeyDown={(e) => {
            if (e.key === 'Escape') actions.close(view.id);
          }}
        >
          <header className="mb-2 flex items-center">
            <h2 className="flex-1 font-semibold text-gray-900">{t('draft.panel.title')}</h2>
            <button
              type="button"
              className="rounded-md px-2 text-lg leading-none text-gray-500 hover:bg-gray-100"
              aria-label={t('draft.close')}
              onClick={() => actions.close(view.id)}
            >
              ×
            </button>
          </header>
          <TruncatedNote t={t} view={view} />
          <SilencedNote t={t} ruleId={view.silenced} onUndo={() => actions.unsilence(view.id)} />
          {count ? (
            <FindingList t={t} findings={view.findings} onApply={onApply} onIgnore={onIgnore} onSilence={onSilence} />
          ) : (
            <p className="text-gray-700">{t('draft.panel.empty')}</p>
          )}
        </section>
      ) : null}
    </>
  );
}

/** The flagged words' boxes, clipped to the editable's box as the editor clips its own text. */
function Marks({ view }: { view: ComposerView }) {
  if (view.marks.length === 0) return null;
  const { box } = view;
  return (
    <div
      className="fixed overflow-hidden"
      style={{ top: box.top, left: box.left, width: box.width, height: box.height }}
      data-lf-marks={view.id}
    >
      {view.marks.flatMap((mark) =>
        mark.rects.map((r) => (
          <div
            key={`${mark.severity}:${r.top}:${r.left}`}
            className={`absolute ${MARK_STYLE[mark.severity]}`}
            style={{ top: r.top, left: r.left, width: r.width, height: r.height }}
            data-lf-mark={mark.severity}
          />
        )),
      )}
    </div>
  );
}

interface GuardCardProps {
  t: Translate;
  view: ComposerView;
  actions: ComposerActions;
  viewport: ComposerLayerProps['viewport'];
  onApply: (index: number, replacement: string) => void;
  onIgnore: (phrase: string) => void;
  onSilence: (ruleId: string) => void;
}

/**
 * The card that holds a send: a modal dialog of our own, so it sits in the top layer above anything the page shows
 * (a site's own modal dialog included) and nothing else on the page takes clicks until the user chooses. Its
 * findings scroll inside it; the title and the two actions stay in view.
 */
function GuardCard({ t, view, actions, viewport, onApply, onIgnore, onSilence }: GuardCardProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const edit = useRef<HTMLButtonElement>(null);
  // Opened with the render the guard waits for (a layout effect runs inside it), so its hit test sees the card;
  // the safe choice has the focus, so a second Enter returns to the draft instead of posting.
  useLayoutEffect(() => {
    const node = dialog.current;
    if (node && !node.open) node.showModal();
    edit.current?.focus({ preventScroll: true });
    return () => {
      if (node?.open) node.close();
    };
  }, []);
  const { top, bottom, left, width, maxHeight } = placeCard(view.box, viewport);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the click handled is one on the backdrop; Escape is its key (onCancel)
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-labelledby={`lf-guard-${view.id}`}
      aria-describedby={`lf-guard-lead-${view.id}`}
      className="pointer-events-auto fixed m-0 flex flex-col overflow-hidden rounded-xl border-l-4 border-red-600 bg-white p-0 text-sm text-gray-800 shadow-2xl ring-1 ring-black/10"
      style={{ top: top ?? 'auto', bottom: bottom ?? 'auto', left, right: 'auto', width, maxWidth: width, maxHeight }}
      data-lf-guard-card={view.id}
      // Escape, and a click beside the card, go back to the draft: the safe choice.
      onCancel={(e) => {
        e.preventDefault();
        actions.edit(view.id);
      }}
      onClick={(e) => {
        if (e.target !== e.currentTarget) return;
        const r = e.currentTarget.getBoundingClientRect();
        const inside = e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
        if (!inside) actions.edit(view.id);
      }}
    >
      <header className="px-3 pt-3">
        <h2 id={`lf-guard-${view.id}`} className="font-semibold text-gray-900">
          {t('guard.title')}
        </h2>
        <p id={`lf-guard-lead-${view.id}`} className="mb-2 text-gray-700">
          {t('guard.lead')}
        </p>
      </header>
      <div className="min-h-0 flex-1 overflow-auto px-3" data-lf-guard-findings="">
        <TruncatedNote t={t} view={view} />
        <SilencedNote t={t} ruleId={view.silenced} onUndo={() => actions.unsilence(view.id)} />
        <FindingList t={t} findings={view.findings} onApply={onApply} onIgnore={onIgnore} onSilence={onSilence} />
        <p className="mt-2 text-xs text-gray-500">{t('guard.note')}</p>
      </div>
      <footer className="flex gap-2 border-t border-gray-100 px-3 py-2">
        <button
          ref={edit}
          type="button"
          className="rounded-md bg-brand-700 px-3 py-1 font-medium text-white hover:bg-brand-800"
          data-lf-guard-edit=""
          onClick={() => actions.edit(view.id)}
        >
          {t('guard.edit')}
        </button>
        <button
          type="button"
          className="rounded-md px-3 py-1 font-medium text-gray-700 ring-1 ring-gray-300 hover:bg-gray-100"
          data-lf-guard-post=""
          onClick={onUserClick(() => actions.postAnyway(view.id))}
        >
          {t('guard.postAnyway')}
        </button>
      </footer>
    </dialog>
  );
}

/** A huge draft is checked up to a limit; both the panel and the card say so, with the number. */
function TruncatedNote({ t, view }: { t: Translate; view: ComposerView }) {
  if (view.truncated === null) return null;
  return (
    <p className="mb-2 text-xs text-gray-500" data-lf-truncated={view.truncated}>
      {t('draft.panel.truncated', { count: view.truncated.toLocaleString() })}
    </p>
  );
}
