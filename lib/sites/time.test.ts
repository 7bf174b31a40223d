// Relative time table: German and English forms the four sites show, and texts that are not times.
import { describe, expect, it } from 'vitest';
import { parseIsoTime, parseRelativeTime } from './time';

const NOW = Date.parse('2024-11-25T12:00:00Z');
const H = 3_600_000;
const D = 24 * H;

describe('parseRelativeTime', () => {
  it.each([
    ['3 Std.', NOW - 3 * H],
    ['vor 2 Tagen', NOW - 2 * D],
    ['3h', NOW - 3 * H],
    ['2d', NOW - 2 * D],
    ['20 Min.', NOW - 20 * 60_000],
    ['1 Std.', NOW - H],
    ['2w •', NOW - 14 * D],
    ['1mo •', NOW - 30 * D],
    ['5 Mt.', NOW - 150 * D],
    ['vor 4 Stunden', NOW - 4 * H],
    ['vor einer Stunde', NOW - H],
    ['an hour ago', NOW - H],
    ['3 hours ago', NOW - 3 * H],
    ['45s', NOW - 45_000],
    ['1 J.', NOW - 365 * D],
    ['gestern', NOW - D],
    ['Yesterday', NOW - D],
    ['gerade eben', NOW],
    ['Just now', NOW],
    ['3 Std. · Bearbeitet', NOW - 3 * H],
  ])('%j', (text, expected) => {
    expect(parseRelativeTime(text, NOW)).toBe(expected);
  });

  it.each(['', 'Antworten', 'Reply', '3', 'Nov 25', 'vor kurzem', '12 Äpfel', '24. November um 09:12'])(
    '%j is not a relative time',
    (text) => {
      expect(parseRelativeTime(text, NOW)).toBeNull();
    },
  );
});

describe('parseIsoTime', () => {
  it('reads ISO times and refuses the rest', () => {
    expect(parseIsoTime('2024-11-25T11:00:00.000Z')).toBe(Date.parse('2024-11-25T11:00:00Z'));
    expect(parseIsoTime('yesterday')).toBeNull();
    expect(parseIsoTime(undefined)).toBeNull();
  });
});
