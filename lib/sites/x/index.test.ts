// Pure helpers of the X adapter: snowflake times, status links, handles, and the de/en string table.
import { describe, expect, it } from 'vitest';
import { handleFromAvatarTestId, handleFromText, snowflakeTime, statusFromHref } from './index';
import { isXString, X_STRINGS } from './strings';

describe('snowflakeTime', () => {
  it('matches a real capture: RVW snapshot id 1706099190240088103 has datetime 2023-09-25T00:11:59Z', () => {
    const ms = snowflakeTime('1706099190240088103');
    expect(ms).not.toBeNull();
    expect(Math.floor((ms ?? 0) / 1000) * 1000).toBe(Date.parse('2023-09-25T00:11:59.000Z'));
  });
  it('matches the YOINK capture: 1981398750557065646 at 2025-10-23T16:34:09Z', () => {
    expect(Math.floor((snowflakeTime('1981398750557065646') ?? 0) / 1000) * 1000).toBe(
      Date.parse('2025-10-23T16:34:09.000Z'),
    );
  });
  it('is exact beyond 2^53 (BigInt)', () => {
    const ms = Date.parse('2025-03-04T11:45:00.000Z');
    const id = ((BigInt(ms) - 1288834974657n) << 22n) | 7n;
    expect(snowflakeTime(String(id))).toBe(ms);
  });
  it('refuses pre-snowflake and malformed ids', () => {
    expect(snowflakeTime('20')).toBeNull();
    expect(snowflakeTime('29700859247')).toBeNull();
    expect(snowflakeTime('12a')).toBeNull();
    expect(snowflakeTime('')).toBeNull();
  });
});

describe('statusFromHref', () => {
  it.each([
    ['/sam_reads/status/1861008177361846273', { handle: 'sam_reads', id: '1861008177361846273' }],
    ['/sam_reads/status/1861008177361846273/analytics', { handle: 'sam_reads', id: '1861008177361846273' }],
    ['/sam_reads/status/1861008177361846273/photo/1', { handle: 'sam_reads', id: '1861008177361846273' }],
    ['https://twitter.com/a/status/1?s=20', { handle: 'a', id: '1' }],
    ['https://mobile.x.com/a/statuses/2', { handle: 'a', id: '2' }],
    ['/i/status/1861008177361846273', { handle: null, id: '1861008177361846273' }],
    ['/i/web/status/5', { handle: null, id: '5' }],
  ])('%s', (href, expected) => {
    expect(statusFromHref(href)).toEqual(expected);
  });
  it.each([
    ['/sam_reads'],
    ['/sam_reads/status/'],
    ['/sam_reads/status/12x'],
    ['https://example.com/a/status/1'],
    ['/home'],
    [''],
  ])('no status in %s', (href) => {
    expect(statusFromHref(href)).toBeNull();
  });
});

describe('handles', () => {
  it('reads the avatar testid suffix', () => {
    expect(handleFromAvatarTestId('UserAvatar-Container-rvinowise')).toBe('rvinowise');
    expect(handleFromAvatarTestId('UserAvatar-Container-')).toBeNull();
    expect(handleFromAvatarTestId(null)).toBeNull();
  });
  it('reads "@handle" in a text', () => {
    expect(handleFromText('Lena Vogt\n@lena_vogt')).toBe('lena_vogt');
    expect(handleFromText('mail@example.com')).toBe('example');
    expect(handleFromText('no handle')).toBeNull();
  });
});

describe('strings', () => {
  it('has every key in German and English', () => {
    expect(Object.keys(X_STRINGS.de).sort()).toEqual(Object.keys(X_STRINGS.en).sort());
  });
  it('recognises "show more replies" in both languages, whitespace and case aside', () => {
    expect(isXString('Mehr Antworten anzeigen', 'showMoreReplies')).toBe(true);
    expect(isXString('  Show more\nreplies ', 'showMoreReplies')).toBe(true);
    expect(isXString('Antworten', 'showMoreReplies')).toBe(false);
    expect(isXString('Anzeigen', 'show')).toBe(true);
  });
});
