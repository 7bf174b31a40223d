// A stored time as a <time> element, or the words "unknown time" when the stored value is no real time (see
// format.ts): one bad record then shows a label instead of throwing while the page draws.
import type { UiLanguage } from '../../lib/i18n';
import { dateTime, isoTime } from './format';

export function StoredTime({ lang, at, className }: { lang: UiLanguage; at: number; className?: string }) {
  const iso = isoTime(at);
  return iso ? (
    <time className={className} dateTime={iso}>
      {dateTime(lang, at)}
    </time>
  ) : (
    <span className={className} data-lf-time="unknown">
      {dateTime(lang, at)}
    </span>
  );
}
