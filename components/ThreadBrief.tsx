// The thread brief: what a community manager should know before answering. Every entry scrolls the page to its
// comment (onSelect); colours follow the reply clock (under 30 minutes, under 24 hours, older).
import type { Brief, ClockState } from '../lib/brief';
import type { Translate, UiLanguage } from '../lib/i18n';

export interface ThreadBriefProps {
  t: Translate;
  lang: UiLanguage;
  brief: Brief;
  now: number;
  onSelect: (id: string) => void;
}

const CLOCK_STYLE: Record<ClockState, string> = {
  fresh: 'bg-green-100 text-green-800',
  late: 'bg-amber-100 text-amber-800',
  overdue: 'bg-red-100 text-red-800',
  unknown: 'bg-gray-100 text-gray-700',
};

/** An age in words ("5 minutes ago"); null when it is no finite number, which Intl would throw on. */
export function relativeAge(lang: UiLanguage, ms: number): string | null {
  if (!Number.isFinite(ms)) return null;
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return rtf.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 48) return rtf.format(-hours, 'hour');
  return rtf.format(-Math.round(hours / 24), 'day');
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="mb-4">
      <h2 className="mb-1 text-xs font-semibold tracking-wide text-gray-500 uppercase">{title}</h2>
      {children}
    </section>
  );
}

function Entry({ onClick, children }: { onClick: () => void; children: React.ReactNode }) {
  return (
    <li>
      <button type="button" className="w-full rounded-md px-2 py-1 text-left hover:bg-gray-100" onClick={onClick}>
        {children}
      </button>
    </li>
  );
}

export function ThreadBrief({ t, lang, brief, now, onSelect }: ThreadBriefProps) {
  const { toneMix, total } = brief;
  const pct = (n: number) => (total ? Math.round((n * 100) / total) : 0);
  return (
    <div data-lf-brief="" className="text-sm">
      <p className="mb-3 text-gray-600">{t('brief.comments', { count: total })}</p>

      <Section title={t('brief.tone')}>
        <div className="flex h-2 overflow-hidden rounded-full bg-gray-100" aria-hidden="true">
          <div className="bg-green-500" style={{ width: `${pct(toneMix.positive)}%` }} />
          <div className="bg-gray-400" style={{ width: `${pct(toneMix.neutral)}%` }} />
          <div className="bg-red-500" style={{ width: `${pct(toneMix.negative)}%` }} />
        </div>
        <p className="mt-1 text-xs text-gray-600" data-lf-tone-mix="">
          {(['positive', 'neutral', 'negative'] as const)
            .map((k) => `${toneMix[k]} ${t(`brief.tone.${k}`)}`)
            .join(' · ')}
        </p>
        {brief.hostile.length + brief.promotional.length > 0 ? (
          <p className="mt-1 text-xs text-gray-600">
            {t('brief.flags', { hostile: brief.hostile.length, promotional: brief.promotional.length })}
          </p>
        ) : null}
      </Section>

      <Section title={t('brief.open')}>
        {brief.open.length === 0 ? (
          <p className="text-gray-500">{t('brief.open.none')}</p>
        ) : (
          <ul data-lf-open="">
            {brief.open.map((o) => (
              <Entry key={o.id} onClick={() => onSelect(o.id)}>
                <span className={`mr-1 rounded px-1 text-xs ${CLOCK_STYLE[o.clock]}`} data-lf-clock={o.clock}>
                  {(o.ageMs === null ? null : relativeAge(lang, o.ageMs)) ?? t('brief.clock.unknown')}
                </span>
                <span className="font-medium">{t(`brief.kind.${o.kind}`)}</span> · {o.author}
                <span className="block truncate text-xs text-gray-500">{o.text}</span>
              </Entry>
            ))}
          </ul>
        )}
      </Section>

      {brief.participants.length ? (
        <Section title={t('brief.participants')}>
          <ul>
            {brief.participants.map((p) => (
              <Entry key={p.lastId} onClick={() => onSelect(p.lastId)}>
                {p.name}{' '}
                <span className="text-xs text-gray-500">{t('brief.participants.count', { count: p.count })}</span>
              </Entry>
            ))}
          </ul>
        </Section>
      ) : null}

      {brief.watchlist.length ? (
        <Section title={t('brief.watchlist')}>
          <ul>
            {brief.watchlist.map((w) => (
              <Entry key={w.term} onClick={() => onSelect(w.ids[0] ?? '')}>
                „{w.term}“ <span className="text-xs text-gray-500">×{w.ids.length}</span>
              </Entry>
            ))}
          </ul>
        </Section>
      ) : null}

      <Section title={t('brief.new')}>
        {brief.lastVisit === null ? (
          <p className="text-gray-500">{t('brief.new.first')}</p>
        ) : (
          <button
            type="button"
            className="rounded-md px-2 py-1 text-left hover:bg-gray-100"
            data-lf-new={brief.newSinceLastVisit.length}
            onClick={() => brief.newSinceLastVisit[0] && onSelect(brief.newSinceLastVisit[0])}
          >
            {t('brief.new.count', {
              count: brief.newSinceLastVisit.length,
              when: relativeAge(lang, Math.max(0, now - brief.lastVisit)) ?? t('brief.clock.unknown'),
            })}
          </button>
        )}
      </Section>

      <Section title={t('brief.own')}>
        {brief.own.length === 0 ? (
          <p className="text-gray-500">{t('brief.own.none')}</p>
        ) : (
          <ul data-lf-own="">
            {brief.own.map((o) => (
              <Entry key={o.id} onClick={() => onSelect(o.id)}>
                <span className="block truncate">{o.text}</span>
                {o.onPage ? null : <span className="text-xs text-gray-500">{t('brief.own.earlier')}</span>}
              </Entry>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
