// Pure helpers of the Xing adapter (ids, URLs, locale text) and the format of its selector data; the DOM side
// is tested in real Chromium (e2e/adapters/xing.spec.ts).
import { describe, expect, it } from 'vitest';
import { commentIdFromHref, contentId, fnv1a, idAttribute, postIdFromPath, profileFromHref } from './index';
import { SELECTORS } from './selectors';
import { localeOfPath, nameFromProfileAlt, STRINGS } from './strings';

describe('ids', () => {
  it('hashes with 32-bit FNV-1a', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
  });

  it('gives the same content the same id and different content different ids', () => {
    const id = contentId('Peter Schulz', '2024-11-25T09:10:00Z', 'Hallo');
    expect(id).toMatch(/^h[0-9a-f]{8}$/);
    expect(contentId('Peter Schulz', '2024-11-25T09:10:00Z', 'Hallo')).toBe(id);
    expect(contentId('Peter Schulz', '2024-11-25T09:11:00Z', 'Hallo')).not.toBe(id);
    expect(contentId('Peter Schulz', '', 'Hallo!')).not.toBe(contentId('Peter Schulz', '', 'Hallo'));
  });

  it.each([
    ['[data-comment-id]', 'data-comment-id'],
    ['[data-qa="comment"][id]', 'id'],
    ['[data-urn]', 'data-urn'],
    ['a[href*="x"]', null],
  ])('reads the id attribute of %s', (selector, attribute) => {
    expect(idAttribute(selector)).toBe(attribute);
  });

  it.each([
    ['/discover/detail-activities/58213407.9f3c21', '58213407.9f3c21'],
    ['/en/discover/detail-activities/58213407.9f3c21/comments', '58213407.9f3c21'],
    ['/feedy/stories/abc123', 'abc123'],
    ['/discover/updates', null],
    ['/en/discover/your-posts', null],
    ['/profile/Jana_Beispiel', null],
  ])('post id of %s', (path, id) => {
    expect(postIdFromPath(path)).toBe(id);
  });

  it('reads commentId from permalinks', () => {
    expect(commentIdFromHref('/discover/detail-activities/1.a?commentId=501')).toBe('501');
    expect(commentIdFromHref('/discover/detail-activities/1.a')).toBeNull();
  });
});

describe('profiles', () => {
  it.each([
    ['/profile/Sven_Kurz_demo/cv', 'Sven_Kurz_demo', 'Sven_Kurz_demo'],
    ['https://www.xing.com/profile/Sven_Kurz_demo?sc_o=feed', 'Sven_Kurz_demo', 'Sven_Kurz_demo'],
    ['https://www.xing.com/profile/M%C3%BCller_Ute', 'M%C3%BCller_Ute', 'Müller_Ute'],
  ])('canonicalises %s', (href, slug, handle) => {
    expect(profileFromHref(href)).toEqual({ profileUrl: `https://www.xing.com/profile/${slug}`, handle });
  });

  it('keeps non-member links without a handle', () => {
    expect(profileFromHref('/pages/hain-metallbau?x=1')).toEqual({
      profileUrl: 'https://www.xing.com/pages/hain-metallbau',
    });
  });
});

describe('strings', () => {
  it('has the same keys in every locale, none empty', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.de).sort());
    for (const table of Object.values(STRINGS)) for (const value of Object.values(table)) expect(value).not.toBe('');
  });

  it('takes English only under /en', () => {
    expect(localeOfPath('/en/discover/updates')).toBe('en');
    expect(localeOfPath('/en')).toBe('en');
    expect(localeOfPath('/discover/updates')).toBe('de');
    expect(localeOfPath('/energy')).toBe('de');
  });

  it('reads the member name from the profile image alt in both languages', () => {
    expect(nameFromProfileAlt('Profilbild von Jana Beispiel')).toBe('Jana Beispiel');
    expect(nameFromProfileAlt('Profile picture of Jana Beispiel')).toBe('Jana Beispiel');
    expect(nameFromProfileAlt('Jana Beispiel')).toBe('Jana Beispiel');
  });
});

describe('selector data', () => {
  it('gives every alternative a selector and a note saying where it comes from', () => {
    for (const [name, list] of Object.entries(SELECTORS)) {
      expect(list.length, name).toBeGreaterThan(0);
      for (const alt of list) {
        expect(alt.selector.trim(), name).not.toBe('');
        expect(alt.note, `${name}: ${alt.selector}`).toMatch(/guessed|documented|structure/);
      }
    }
  });

  it('names the attribute of every id-holder alternative', () => {
    for (const alt of [...SELECTORS.postId, ...SELECTORS.itemId]) expect(idAttribute(alt.selector)).not.toBeNull();
  });
});
