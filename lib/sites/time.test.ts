// Shown times in de, en, fr, es, it, pt, nl, pl as LinkedIn, Facebook and X print them, and texts that are not times.
import { describe, expect, it } from 'vitest';
import { parseAbsoluteTime, parseIsoTime, parseRelativeTime, parseShownTime, TIME_LANGUAGES } from './time';

const NOW = Date.parse('2024-11-25T12:00:00Z');
const S = 1_000;
const MIN = 60_000;
const H = 3_600_000;
const D = 24 * H;
const W = 7 * D;
const MO = 30 * D;
const Y = 365 * D;

describe('parseRelativeTime', () => {
  it('covers the eight languages', () => {
    expect(TIME_LANGUAGES.sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt']);
  });

  const cases: Record<string, [string, number][]> = {
    de: [
      ['3 Std.', 3 * H],
      ['vor 2 Tagen', 2 * D],
      ['20 Min.', 20 * MIN],
      ['1 Std.', H],
      ['2 Tg. •', 2 * D],
      ['1 Wo.', W],
      ['1 Mon.', MO],
      ['5 Mt.', 5 * MO],
      ['1 J.', Y],
      ['vor 4 Stunden', 4 * H],
      ['vor einer Stunde', H],
      ['gestern', D],
      ['gerade eben', 0],
      ['3 Std. · Bearbeitet', 3 * H],
      ['6 Std. • Bearbeitet •', 6 * H],
    ],
    en: [
      ['3h', 3 * H],
      ['2d', 2 * D],
      ['2w •', 2 * W],
      ['1mo •', MO],
      ['1yr', Y],
      ['45s', 45 * S],
      ['3m', 3 * MIN],
      ['an hour ago', H],
      ['3 hours ago', 3 * H],
      ['Yesterday', D],
      ['Just now', 0],
      ['3h • Edited', 3 * H],
    ],
    fr: [
      ['il y a 3 h', 3 * H],
      ['3 h', 3 * H],
      ['2 sem.', 2 * W],
      ['1 j', D],
      ['2 j', 2 * D],
      ['1 mois', MO],
      ['1 an', Y],
      ['5 min', 5 * MIN],
      ['il y a 2 jours', 2 * D],
      ['il y a une heure', H],
      ['hier', D],
      ["À l'instant", 0],
      ['3 h • Modifié', 3 * H],
    ],
    es: [
      ['hace 3 h', 3 * H],
      ['3 sem.', 3 * W],
      ['1 d', D],
      ['2 a', 2 * Y],
      ['hace 2 h', 2 * H],
      ['hace 5 min', 5 * MIN],
      ['hace 3 días', 3 * D],
      ['hace una hora', H],
      ['1 mes', MO],
      ['ayer', D],
      ['Ahora', 0],
    ],
    it: [
      ['3 h', 3 * H],
      ['2 sett.', 2 * W],
      ['1 g', D],
      ['3 h fa', 3 * H],
      ['2 giorni fa', 2 * D],
      ["un'ora fa", H],
      ['1 mese', MO],
      ['2 anni fa', 2 * Y],
      ['ieri', D],
      ['Adesso', 0],
    ],
    pt: [
      ['3 h', 3 * H],
      ['2 sem', 2 * W],
      ['há 2 dias', 2 * D],
      ['há 3 h', 3 * H],
      ['1 mês', MO],
      ['2 meses', 2 * MO],
      ['1 ano', Y],
      ['há uma hora', H],
      ['2 dias atrás', 2 * D],
      ['Ontem', D],
      ['ontem', D],
      ['Agora mesmo', 0],
    ],
    nl: [
      ['3 u', 3 * H],
      ['2 w', 2 * W],
      ['1 d', D],
      ['1 mnd', MO],
      ['3 uur geleden', 3 * H],
      ['2 dagen geleden', 2 * D],
      ['een uur geleden', H],
      ['1 jr', Y],
      ['gisteren', D],
      ['Zojuist', 0],
    ],
    pl: [
      ['3 godz.', 3 * H],
      ['2 tyg.', 2 * W],
      ['1 d.', D],
      ['1 mies.', MO],
      ['3 godz. temu', 3 * H],
      ['5 min temu', 5 * MIN],
      ['2 dni temu', 2 * D],
      ['godzinę temu', H],
      ['1 r.', Y],
      ['wczoraj', D],
      ['Przed chwilą', 0],
    ],
  };
  for (const [lang, list] of Object.entries(cases)) {
    it.each(list)(`${lang}: %j`, (text, ago) => {
      expect(parseRelativeTime(text, NOW)).toBe(NOW - ago);
    });
  }

  it.each([
    '',
    '3',
    'Antworten',
    'Reply',
    'Responder',
    'Curtir',
    'Répondre',
    'Rispondi',
    'Reageren',
    'Odpowiedz',
    'Like',
    '12 comments',
    '2 reposts',
    '3 Antworten',
    '12 Kommentare',
    '5 respuestas',
    'Anna 2',
    'Una H.',
    'Rok',
    'Nu',
    'temu',
    'il y a',
    '• 2.',
    '1st',
    '2nd',
    '3rd+',
    '1er',
    '2e',
    '1º',
    '1.º',
    '2°',
    'Nov 25',
    'vor kurzem',
    '12 Äpfel',
    '24. November um 09:12',
    // "m" with a space is minutes on some sites and months on others (es/fr "1 m" = mes/mois): refused.
    '1 m',
    '3 m',
  ])('%j is not a relative time', (text) => {
    expect(parseRelativeTime(text, NOW)).toBeNull();
  });

  it('never returns a time after now', () => {
    for (const list of Object.values(cases)) {
      for (const [text] of list) expect(parseRelativeTime(text, NOW) ?? 0).toBeLessThanOrEqual(NOW);
    }
  });
});

describe('parseAbsoluteTime', () => {
  const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();
  const now = at(2026, 3, 20, 12, 0);

  it.each([
    ['12 March 2026', at(2026, 3, 12)],
    ['March 12, 2026', at(2026, 3, 12)],
    ['March 12, 2026 at 2:05 PM', at(2026, 3, 12, 14, 5)],
    ['Thursday, March 12, 2026 at 2:05 PM', at(2026, 3, 12, 14, 5)],
    ['Mar 12', at(2026, 3, 12)],
    ['12 Mar', at(2026, 3, 12)],
    ['12. März 2026', at(2026, 3, 12)],
    ['12. März', at(2026, 3, 12)],
    ['12. März um 14:05', at(2026, 3, 12, 14, 5)],
    ['Donnerstag, 12. März 2026 um 14:05', at(2026, 3, 12, 14, 5)],
    ['12 mars 2026', at(2026, 3, 12)],
    ['12 mars 2026 à 14:05', at(2026, 3, 12, 14, 5)],
    ['1er mars', at(2026, 3, 1)],
    ['12 de marzo de 2026', at(2026, 3, 12)],
    ['12 de mar.', at(2026, 3, 12)],
    ['12 de marzo a las 14:05', at(2026, 3, 12, 14, 5)],
    ['12 marzo 2026', at(2026, 3, 12)],
    ['12 marzo alle 14:05', at(2026, 3, 12, 14, 5)],
    ['12 de março de 2026', at(2026, 3, 12)],
    ['12 de março às 14:05', at(2026, 3, 12, 14, 5)],
    ['12 maart 2026', at(2026, 3, 12)],
    ['12 mrt. om 14:05', at(2026, 3, 12, 14, 5)],
    ['12 marca 2026', at(2026, 3, 12)],
    ['12 marca 2026 o 14:05', at(2026, 3, 12, 14, 5)],
    ['12 déc.', at(2025, 12, 12)],
    ['25 dic', at(2025, 12, 25)],
    ['12.03.2026', at(2026, 3, 12)],
    ['2026-03-12', at(2026, 3, 12)],
    ['Yesterday at 14:05', at(2026, 3, 19, 14, 5)],
    ['gestern um 14:05', at(2026, 3, 19, 14, 5)],
    ['hier à 14:05', at(2026, 3, 19, 14, 5)],
    ['ayer a las 14:05', at(2026, 3, 19, 14, 5)],
    ['Ontem às 14:05', at(2026, 3, 19, 14, 5)],
    ['wczoraj o 14:05', at(2026, 3, 19, 14, 5)],
  ])('%j', (text, expected) => {
    expect(parseAbsoluteTime(text, now)).toBe(expected);
  });

  it.each([
    '12 March 2027', // in the future
    '30 February 2026',
    '12 Foo 2026',
    'March',
    '12',
    'Reply',
    'Anna 12 March',
    '12 March 2026 at 25:00',
    '3/12/2026', // month/day order unknown
    '12 comments',
  ])('%j is not a date', (text) => {
    expect(parseAbsoluteTime(text, now)).toBeNull();
  });

  it('takes a date without a year as the last one not after now', () => {
    expect(parseAbsoluteTime('20 March', now)).toBe(at(2026, 3, 20));
    expect(parseAbsoluteTime('21 March', now)).toBe(at(2025, 3, 21));
    expect(parseAbsoluteTime('20 March at 12:01', now)).toBe(at(2025, 3, 20, 12, 1));
    expect(parseAbsoluteTime('29 February', now)).toBe(at(2024, 2, 29));
  });
});

describe('parseShownTime', () => {
  it('reads relative and absolute times', () => {
    expect(parseShownTime('3 h', NOW)).toBe(NOW - 3 * H);
    expect(parseShownTime('24. November um 09:12', NOW)).toBe(new Date(2024, 10, 24, 9, 12).getTime());
    expect(parseShownTime('Curtir', NOW)).toBeNull();
  });
});

describe('parseIsoTime', () => {
  it('reads ISO times and refuses the rest', () => {
    expect(parseIsoTime('2024-11-25T11:00:00.000Z')).toBe(Date.parse('2024-11-25T11:00:00Z'));
    expect(parseIsoTime('yesterday')).toBeNull();
    expect(parseIsoTime(undefined)).toBeNull();
  });
});
