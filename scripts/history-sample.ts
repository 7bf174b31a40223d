// A deterministic sample history in the export format: the benchmark's 100,000 comments in 10,000 threads, and
// the playground's month of demo activity. Same seed, same file; texts echo the seed articles and demo threads.

import type { DraftOutcome, StoredDraft, StoredItem, StoredThread, StoredVisit } from '../lib/db/schema';
import { emptySummary } from '../lib/db/schema';
import type { HistorySnapshot } from '../lib/db/transfer/export';
import { exportJsonParts } from '../lib/db/transfer/export';
import { SITE_IDS } from '../lib/sites/registry';

const ROOTS = [
  'Ab Dezember öffnen wir samstags schon um 6 Uhr! Was haltet ihr davon?',
  'Unser neuer Ökostromtarif ist da: 100 % erneuerbar, monatlich kündbar.',
  'Wir suchen Verstärkung im Kundenservice in Köln. Jetzt bewerben!',
  'Our new green tariff is live today. What do you want to know about it?',
  'We are hiring community managers in Berlin and remote across the EU.',
  'Heads up: the app update 4.2 changes how notifications work.',
];
const COMMENTS: [string, 'positive' | 'neutral' | 'negative'][] = [
  ['Endlich! Ich stehe jeden Samstag um sechs vor verschlossener Tür. Danke euch!', 'positive'],
  ['Ich warte seit zwei Wochen auf eine Antwort zu meiner Reklamation, das ist wirklich ärgerlich.', 'negative'],
  ['Gilt das auch für die Filiale am Markt?', 'neutral'],
  ['Wo bleibt meine Lieferung? Bestellt am Montag, bis heute nichts.', 'negative'],
  ['Super Service, sehr freundliche Leute und tolle Beratung, gerne wieder! 👍', 'positive'],
  ['Ist der Preis für 24 Monate fest oder kann er sich ändern?', 'neutral'],
  ['Frechheit, schon wieder teurer. Ich kündige.', 'negative'],
  ['Is the price fixed for 24 months or can it change after the first year?', 'neutral'],
  ["Your support hasn't answered my complaint in three weeks, absolutely useless.", 'negative'],
  ['Thanks so much for the quick help yesterday, the team was amazing.', 'positive'],
  ['I love the new design but the app keeps crashing when I open settings.', 'negative'],
  ['Does this work with the old meters too?', 'neutral'],
];
const REPLIES = [
  'Danke für deine Geduld! Ich schaue mir deinen Fall heute noch an und melde mich per Nachricht.',
  'Das tut uns leid. Schreib uns bitte deine Bestellnummer per Direktnachricht, dann klären wir das.',
  'Ja, der Preis ist für 24 Monate garantiert.',
  'Thanks for flagging this, we have passed it to the app team and will update you here.',
  'Sorry about the wait. Could you send us your ticket number in a DM?',
];
const NAMES = ['Jana Berger', 'Alex Demo', 'Mehmet Yilmaz', 'Sophie Klein', 'Sam Taylor', 'Priya Shah', 'Lukas Wolf'];

/** Park-Miller: tiny, seedable, and the same sequence on every machine. */
function random(seed: number): () => number {
  let state = seed % 2_147_483_647 || 1;
  return () => {
    state = (state * 48_271) % 2_147_483_647;
    return state / 2_147_483_647;
  };
}

export interface SampleOptions {
  threads: number;
  itemsPerThread: number;
  /** The newest activity; the sample spreads over `days` before it. */
  now: number;
  days: number;
  seed?: number;
}

export function sampleHistory(options: SampleOptions): HistorySnapshot {
  const rand = random(options.seed ?? 42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const span = options.days * 86_400_000;
  const snapshot: HistorySnapshot = { threads: [], items: [], visits: [], drafts: [] };
  for (let t = 0; t < options.threads; t += 1) {
    const site = SITE_IDS[t % SITE_IDS.length] as (typeof SITE_IDS)[number];
    const id = `${1_000_000 + t}`;
    const key = `${site}:${id}`;
    // Older threads first; the newest ends at `now`.
    const start = options.now - span + Math.floor((t / options.threads) * span * 0.95);
    let clock = start;
    const items: StoredItem[] = [];
    for (let i = 0; i < options.itemsPerThread; i += 1) {
      clock += Math.floor(rand() * 40 * 60_000) + 60_000;
      // One comment in 500 carries a customer number: what a search for one case looks like (few hits).
      const [text, tone] =
        rand() < 0.002 ? [`Meine Kundennummer ist K${id}${i}, bitte um Rückruf.`, 'neutral' as const] : pick(COMMENTS);
      const parent = items.length && rand() < 0.3 ? (items[items.length - 1] as StoredItem) : null;
      const own = parent !== null && !parent.own && rand() < 0.5;
      // Replies: most within minutes to hours, a few over a day.
      const delay = own ? Math.floor(Math.exp(rand() * 8) * 60_000) : 0;
      const time = own && parent?.time ? parent.time + delay : clock;
      const itemId = `${id}${String(i).padStart(3, '0')}`;
      items.push({
        key: `${site}:${itemId}`,
        site,
        id: itemId,
        threadKey: key,
        parentId: parent ? parent.id : null,
        author: own
          ? { name: 'Bäckerei Morgenrot' }
          : { name: pick(NAMES), handle: `@${pick(NAMES).split(' ')[0]?.toLowerCase()}` },
        text: own ? pick(REPLIES) : `${text} (#${i})`,
        time,
        own,
        tone: own ? 'positive' : tone,
        toneScore: tone === 'negative' ? -0.6 : tone === 'positive' ? 0.6 : 0,
        flags: {
          hostile: tone === 'negative' && rand() < 0.2,
          promotional: false,
          complaint: tone === 'negative',
          question: text.includes('?'),
          watchlist: [],
        },
        firstSeen: Math.min(time + 60_000, options.now),
        updatedAt: Math.min(time + 60_000, options.now),
        textVersions: 1,
        words: [],
      });
    }
    const lastSeen = Math.min(clock + 120_000, options.now);
    const thread: StoredThread = {
      key,
      site,
      id,
      url: `https://example.invalid/${site}/${id}`,
      rootText: ROOTS[t % ROOTS.length],
      rootAuthor: 'Bäckerei Morgenrot',
      firstSeen: start,
      lastSeen,
      words: [],
      summary: emptySummary(),
    };
    snapshot.threads.push(thread);
    snapshot.items.push(...items);
    const visits: StoredVisit[] = [
      { threadKey: key, at: start },
      { threadKey: key, at: lastSeen },
    ];
    snapshot.visits.push(...visits.filter((v, i) => i === 0 || v.at !== start));
    if (rand() < 0.6) {
      const outcome: DraftOutcome =
        rand() < 0.7 ? 'clean' : rand() < 0.5 ? 'edited' : rand() < 0.7 ? 'anyway' : 'abandoned';
      const text = outcome === 'anyway' ? 'Jetzt 20 % sparen mit dem Code WINTER20 – nur heute!' : pick(REPLIES);
      const draft: StoredDraft = {
        at: lastSeen - 60_000,
        site,
        threadKey: key,
        url: thread.url,
        composer: 'reply',
        outcome,
        verdict: outcome === 'clean' ? 'ok' : 'warn',
        findings:
          outcome === 'clean'
            ? []
            : [{ ruleId: 'promo.discount-code', category: 'promotional', severity: 'warn', actual: 'Code WINTER20' }],
        text,
        chars: text.length,
        lang: 'de',
        words: [],
      };
      snapshot.drafts.push(draft);
    }
  }
  snapshot.threads.sort((a, b) => (a.key < b.key ? -1 : 1));
  snapshot.items.sort((a, b) => (a.key < b.key ? -1 : 1));
  return snapshot;
}

export const sampleFile = (options: SampleOptions): string =>
  exportJsonParts(sampleHistory(options), options.now).join('');
