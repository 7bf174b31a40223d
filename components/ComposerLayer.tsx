// Listen First's UI beside the site's composers: a small verdict badge in each box's corner, the findings panel
// it opens, and the guard's card ("Edit" / "Post anyway"). Positioned over the page, never inside the editor.
import { useCallback, useLayoutEffect, useRef } from 'react';
import type { ComposerActions, ComposerView } from '../lib/content/composer-view';
import type { Translate } from '../lib/i18n';
import { FindingList } from './FindingList';

const BADGE = 22;
const GAP = 6;
const PANEL_MAX = 420;
const PANEL_MIN = 300;
const PANEL_ROOM = 320;
const PANEL_MIN_HEIGHT = 160;

const VERDICT_STYLE = {
  ok: 'bg-emerald-600 text-white',
  caution: 'bg-amber-500 text-white',
  warn: 'bg-red-600 text-white',
} as const;

export interface ComposerLayerProps {
  t: Translate;
  views: ComposerView[];
  actions: ComposerActions;
}

/** Below the box when there is room, else on the roomier side; as wide as the box within limits, always on screen. */
function placement(view: ComposerView): React.CSSProperties {
  const { box } = view;
  const width = Math.min(PANEL_MAX, Math.max(PANEL_MIN, box.width));
  const left = Math.max(GAP, Math.min(box.left, window.innerWidth - width - GAP));
  const below = Math.max(GAP, box.top + box.height + GAP);
  const roomBelow = window.innerHeight - below - GAP;
  const roomAbove = box.top - 2 * GAP;
  if (roomBelow >= PANEL_ROOM || roomBelow >= roomAbove) {
    return {
      top: Math.min(below, window.innerHeight - PANEL_MIN_HEIGHT - GAP),
      left,
      width,
      maxHeight: Math.max(roomBelow, PANEL_MIN_HEIGHT),
    };
  }
  return { bottom: window.innerHeight - box.top + GAP, left, width, maxHeight: roomAbove };
}

export function ComposerLayer({ t, views, actions }: ComposerLayerProps) {
  return (
    <div className="pointer-events-none fixed inset-0 z-[2147483647] text-sm">
      {views.map((view) => (
        <ComposerUi key={view.id} t={t} view={view} actions={actions} />
      ))}
    </div>
  );
}

function ComposerUi({ t, view, actions }: { t: Translate; view: ComposerView; actions: ComposerActions }) {
  const { box, id } = view;
  // Stable callbacks, so the memoised findings list redraws only when its findings change.
  const onApply = useCallback((index: number, s: string) => actions.apply(id, index, s), [actions, id]);
  const onIgnore = useCallback((phrase: string) => actions.ignore(id, phrase), [actions, id]);
  const count = view.findings.length;
  const label = count ? t('draft.badge.findings', { count }) : t('draft.badge.ok');
  return (
    <>
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
        <GuardCard t={t} view={view} actions={actions} onApply={onApply} onIgnore={onIgnore} />
      ) : view.open ? (
        <section
          className="pointer-events-auto fixed overflow-auto rounded-xl bg-white p-3 shadow-xl ring-1 ring-black/10"
          style={placement(view)}
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
          {count ? (
            <FindingList t={t} findings={view.findings} onApply={onApply} onIgnore={onIgnore} />
          ) : (
            <p className="text-gray-700">{t('draft.panel.empty')}</p>
          )}
        </section>
      ) : null}
    </>
  );
}

function GuardCard({
  t,
  view,
  actions,
  onApply,
  onIgnore,
}: {
  t: Translate;
  view: ComposerView;
  actions: ComposerActions;
  onApply: (index: number, replacement: string) => void;
  onIgnore: (phrase: string) => void;
}) {
  const edit = useRef<HTMLButtonElement>(null);
  // The safe choice has the focus, at once (a layout effect runs with the render the guard waits for): a second
  // Enter returns to the draft instead of posting.
  useLayoutEffect(() => edit.current?.focus({ preventScroll: true }), []);
  return (
    <section
      role="alertdialog"
      aria-modal="false"
      aria-labelledby={`lf-guard-${view.id}`}
      aria-describedby={`lf-guard-lead-${view.id}`}
      className="pointer-events-auto fixed overflow-auto rounded-xl border-l-4 border-red-600 bg-white p-3 shadow-2xl ring-1 ring-black/10"
      style={placement(view)}
      data-lf-guard-card={view.id}
      onKeyDown={(e) => {
        if (e.key === 'Escape') actions.edit(view.id);
      }}
    >
      <h2 id={`lf-guard-${view.id}`} className="font-semibold text-gray-900">
        {t('guard.title')}
      </h2>
      <p id={`lf-guard-lead-${view.id}`} className="mb-2 text-gray-700">
        {t('guard.lead')}
      </p>
      <TruncatedNote t={t} view={view} />
      <FindingList t={t} findings={view.findings} onApply={onApply} onIgnore={onIgnore} />
      <p className="mt-2 text-xs text-gray-500">{t('guard.note')}</p>
      <div className="mt-2 flex gap-2">
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
          onClick={() => actions.postAnyway(view.id)}
        >
          {t('guard.postAnyway')}
        </button>
      </div>
    </section>
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
