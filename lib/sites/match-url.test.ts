// The compiled match patterns say what the library's MatchPattern says (the manifest's own semantics), URL by URL.
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { compileMatch } from './match-url';
import { SITES } from './registry';

const PATTERNS = [
  ...Object.values(SITES).flatMap((s) => s.matches),
  '*://*.example.com/*',
  'https://*/*',
  'http://a.example/x/*/y',
];

const URLS = [
  'https://www.facebook.com/',
  'https://www.facebook.com/a/posts/1?comment_id=2',
  'http://www.facebook.com/',
  'https://m.facebook.com/story.php',
  'https://www.facebook.com.evil.example/',
  'https://x.com/home',
  'https://twitter.com/a/status/1',
  'https://mobile.x.com/home',
  'https://www.linkedin.com/feed/update/urn:li:activity:1/',
  'https://www.xing.com/discover/updates',
  'https://xing.com/discover',
  'https://example.com/',
  'http://sub.example.com/x',
  'https://a.example/x/z/y',
  'http://a.example/x/z/y',
  'http://a.example/x/z/y/q',
  'https://user:pw@x.com:8443/a',
  'ftp://x.com/a',
];

describe('compileMatch', () => {
  for (const pattern of PATTERNS) {
    it(`agrees with MatchPattern on ${pattern}`, () => {
      const library = new MatchPattern(pattern);
      const compiled = compileMatch(pattern);
      for (const url of URLS) expect(compiled(new URL(url)), url).toBe(library.includes(url));
    });
  }

  it('refuses patterns it does not understand instead of matching loosely', () => {
    expect(() => compileMatch('<all_urls>')).toThrow();
    expect(() => compileMatch('https://www.x*.com/*')).toThrow();
    expect(() => compileMatch('file:///*')).toThrow();
  });
});
