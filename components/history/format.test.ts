// Stored times never throw while the history page draws: an invalid or absurd one reads "unknown time" in either
// language, a real one is formatted, and only a real one gets a machine-readable <time datetime>.
import { describe, expect, it } from 'vitest';
import '../../lib/i18n/pages';
import { dateTime, isoTime, knownTime, pickedDate, shortDay } from './format';

const REAL = Date.UTC(2026, 10, 3, 14, 5);
const BAD = [9e15, -9e15, 8.64e15, Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 1.5, Date.UTC(40000, 0, 1)];

describe('stored times', () => {
  it('formats a real time', () => {
    expect(knownTime(REAL)).toBe(true);
    expect(dateTime('en', REAL)).toMatch(/^3 Nov 2026, \d{2}:05$/);
    expect(dateTime('de', REAL)).toMatch(/^03\.11\.2026, \d{2}:05$/);
    expect(isoTime(REAL)).toBe('2026-11-03T14:05:00.000Z');
  });
  it.each(BAD)('%s is an unknown time, in words, without throwing', (ms) => {
    expect(knownTime(ms)).toBe(false);
    expect(dateTime('en', ms)).toBe('unknown time');
    expect(dateTime('de', ms)).toBe('Zeit unbekannt');
    expect(isoTime(ms)).toBeUndefined();
  });
  it('a time more than a day ahead of this clock is unknown', () => {
    expect(dateTime('en', Date.now() + 3 * 86_400_000)).toBe('unknown time');
  });
});

describe('dates the user picked', () => {
  it('formats a filter date in the future', () => {
    expect(pickedDate('en', Date.UTC(2099, 0, 1, 12))).toMatch(/^1 Jan 2099, /);
  });
  it('says "unknown time" for what is no date', () => {
    expect(pickedDate('en', 9e15)).toBe('unknown time');
    expect(pickedDate('de', Number.NaN)).toBe('Zeit unbekannt');
  });
});

describe('chart days', () => {
  it('shows a day of the chart', () => {
    expect(shortDay('en', '2026-12-05')).toBe('5 Dec');
    expect(shortDay('de', '2026-12-05')).toBe('5. Dez.');
  });
  it.each(['NaN-NaN-NaN', '', '2026-12', '275761-01-01', 'yesterday'])('%j is an unknown day', (day) => {
    expect(shortDay('en', day)).toBe('unknown time');
  });
});
