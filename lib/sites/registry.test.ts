// URL tables for site detection: every site's URLs are positive for it and negative for all others.
import { describe, expect, it } from 'vitest';
import { isSiteId, SITE_IDS, type SiteId, siteForUrl, siteLink } from './registry';

const POSITIVE: Record<SiteId, string[]> = {
  facebook: [
    'https://www.facebook.com/',
    'https://www.facebook.com/permalink.php?story_fbid=pfbid02abc&id=1000',
    'https://www.facebook.com/ListenFirstDemo/posts/pfbid0demo?comment_id=123',
  ],
  x: ['https://x.com/home', 'https://x.com/listenfirst/status/1706099190240088103', 'https://twitter.com/a/status/1'],
  linkedin: [
    'https://www.linkedin.com/feed/update/urn:li:activity:7250000000000000000/',
    'https://www.linkedin.com/posts/someone_activity-1-abc',
  ],
  xing: ['https://www.xing.com/discover/updates', 'https://www.xing.com/en/discover/your-posts'],
};

const NEGATIVE = [
  'https://m.facebook.com/story.php?id=1',
  'http://www.facebook.com/',
  'https://www.facebook.com.evil.example/',
  'https://messenger.com/t/1',
  'https://mobile.x.com/home',
  'https://x.company.example/',
  'https://de.linkedin.com/in/someone',
  'https://www.linkedin.com.example.net/feed/',
  'https://xing.com/discover',
  'https://www.example.com/',
  'chrome-extension://abc/popup.html',
  'not a url',
  '',
];

describe('siteForUrl', () => {
  for (const id of SITE_IDS) {
    for (const url of POSITIVE[id]) {
      it(`${url} -> ${id}`, () => expect(siteForUrl(url)).toBe(id));
    }
  }
  for (const url of NEGATIVE) {
    it(`${JSON.stringify(url)} -> null`, () => expect(siteForUrl(url)).toBeNull());
  }
  it('has positive URLs for every site', () => {
    for (const id of SITE_IDS) expect(POSITIVE[id].length).toBeGreaterThan(0);
  });
});

describe('siteLink', () => {
  it('links every site URL above, as it is', () => {
    for (const id of SITE_IDS) {
      for (const url of POSITIVE[id]) {
        expect(siteLink(url), url).toBe(url);
        expect(siteLink(url, id), url).toBe(url);
      }
    }
  });
  it('gives the canonical address of a site URL written loosely', () => {
    expect(siteLink('HTTPS://WWW.FACEBOOK.COM/ListenFirstDemo')).toBe('https://www.facebook.com/ListenFirstDemo');
    expect(siteLink('  https://x.com/a/status/1\n')).toBe('https://x.com/a/status/1');
  });
  it.each([
    // Other schemes, whatever their case or padding: they would run or show something in the extension's origin.
    'javascript:alert(document.domain)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'blob:https://www.facebook.com/0b7c1b2a-1111-2222-3333-444455556666',
    'chrome-extension://abcdefghijklmnop/activity.html',
    'file:///etc/passwd',
    // Right host, wrong scheme.
    'http://www.facebook.com/',
    'HTTP://X.COM/home',
    'wss://x.com/',
    // Look-alike hosts.
    'https://www.facebook.com.evil.example/',
    'https://www.facebook.com./x',
    'https://x.com\n.evil.example/',
    'https://www.facebook.com%2eevil.example/',
    'https://xing.com/discover',
    'https://www.linkedin.com.example.net/feed/',
    'https://evil-x.com/home',
    'https://www.faceb\u043eok.com/',
    'https:\\\\evil.example/www.facebook.com/',
    // User info: the host after "@" is what opens, and credentials have no business in a site link.
    'https://www.facebook.com@evil.example/',
    'https://www.facebook.com:pass@evil.example/',
    'https://evil.example@www.facebook.com/',
    'https://user:pass@x.com/home',
    // A site host on a port it does not serve.
    'https://www.facebook.com:8443/',
    // Not a URL, or not a string.
    '',
    '   ',
    '/relative/path',
    '//www.facebook.com/',
    'www.facebook.com/page',
    null,
    undefined,
    42,
    { href: 'https://x.com/' },
  ])('%j is no link', (url) => expect(siteLink(url)).toBeNull());
  it("when a site is given, only that site's addresses", () => {
    expect(siteLink('https://x.com/a/status/1', 'facebook')).toBeNull();
    expect(siteLink('https://twitter.com/a/status/1', 'x')).toBe('https://twitter.com/a/status/1');
  });
});

describe('isSiteId', () => {
  it('accepts known ids only', () => {
    expect(isSiteId('xing')).toBe(true);
    expect(isSiteId('twitter')).toBe(false);
    expect(isSiteId(undefined)).toBe(false);
  });
});
