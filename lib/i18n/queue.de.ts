// German strings of the reply queue (side panel, popup, action badge); registered by lib/i18n/pages.ts.
import type { QueueMessageKey } from './queue.en';

export const queueDe: Record<QueueMessageKey, string> = {
  'queue.title': 'Wartet auf Ihre Antwort',
  'queue.elsewhere': 'Wartet anderswo',
  'queue.empty': 'In den gelesenen Threads wartet niemand auf eine Antwort.',
  'queue.count': '{count} warten auf Ihre Antwort',
  'queue.kind.question': 'Frage',
  'queue.kind.complaint': 'Beschwerde',
  'queue.wait.fresh': 'unter 30 Min.',
  'queue.wait.day': 'über 30 Min.',
  'queue.wait.late': 'über 24 Std.',
  'queue.age.minutes': 'vor {n} Min.',
  'queue.age.hours': 'vor {n} Std.',
  'queue.age.days': 'vor {n} Tagen',
  'queue.by': '{author} auf {site}',
  'queue.open': 'Öffnen',
  'queue.open.label': 'Kommentar von {author} auf {site} in neuem Tab öffnen',
  'queue.done': 'Erledigt',
  'queue.done.label': 'Kommentar von {author} als erledigt markieren',
  'queue.more': '{count} weitere in der Seitenleiste',
  'queue.moreHere': 'Angezeigt sind die {shown} längsten Wartezeiten von {total}.',
  'queue.badge': 'Listen First: {count} warten auf Ihre Antwort',
};
