// URL tables for site detection: every site's URLs are positive for it and negative for all others.
import { describe, expect, it } from 'vitest';
import { isSiteId, SITE_IDS, type SiteId, siteForUrl } from './registry';

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

describe('isSiteId', () => {
  it('accepts known ids only', () => {
    expect(isSiteId('xing')).toBe(true);
    expect(isSiteId('twitter')).toBe(false);
    expect(isSiteId(undefined)).toBe(false);
  });
});
