// Pure helpers of the LinkedIn adapter: URN and URL parsing, name cleaning (de/en), relative-time shapes.
// DOM reading is tested in real Chromium (e2e/adapters/linkedin.spec.ts).
import { describe, expect, it } from 'vitest';
import {
  cleanName,
  commentPermalink,
  hasOwnMarker,
  isRelativeTime,
  nameFromAlt,
  parseCommentUrn,
  postUrnFromTrackingScope,
  postUrnFromUrl,
  stripSeeMore,
} from './index';

describe('parseCommentUrn', () => {
  it.each([
    ['replaceableComment_urn:li:comment:(urn:li:activity:1,2)', 'urn:li:activity:1', '2', null],
    ['urn:li:comment:(activity:7,8)', 'urn:li:activity:7', '8', null],
    ['urn:li:comment:(urn:li:ugcPost:5,6)', 'urn:li:ugcPost:5', '6', null],
    ['urn:li:comment:(urn:li:comment:(urn:li:activity:1,2),3)', 'urn:li:activity:1', '3', '2'],
  ])('%s', (text, thread, id, parentId) => {
    expect(parseCommentUrn(text)).toMatchObject({ thread, id, parentId });
  });
  it('rejects what is not a comment URN', () => {
    expect(parseCommentUrn('commentBox-urn:li:activity:1')).toBeNull();
    expect(parseCommentUrn('urn:li:comment:(urn:li:activity:1,x)')).toBeNull();
  });
});

describe('post URNs', () => {
  it.each([
    ['https://www.linkedin.com/feed/update/urn:li:activity:123/', 'urn:li:activity:123'],
    ['https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A9/?x=1', 'urn:li:ugcPost:9'],
    ['https://www.linkedin.com/posts/anna_thema-activity-456-AbCd/', 'urn:li:activity:456'],
    ['https://www.linkedin.com/feed/', null],
  ])('%s', (url, urn) => expect(postUrnFromUrl(new URL(url))).toBe(urn));

  it('reads plain and byte-array tracking scopes', () => {
    expect(postUrnFromTrackingScope('[{"updateUrn":"urn:li:activity:1"}]')).toBe('urn:li:activity:1');
    const bytes = [...new TextEncoder().encode('{"updateUrn":"urn:li:activity:2"}')];
    expect(postUrnFromTrackingScope(JSON.stringify([{ breadcrumb: { content: { data: bytes } } }]))).toBe(
      'urn:li:activity:2',
    );
    expect(postUrnFromTrackingScope('[]')).toBeNull();
  });
});

describe('names', () => {
  it.each([
    ['Felix Braun • 2.', 'Felix Braun'],
    ['Miriam Vogt • Verfasser:in', 'Miriam Vogt'],
    ['Olivia Grant Author', 'Olivia Grant'],
    ['Mei Chen Premium • 3rd+', 'Mei Chen'],
    ['Lena Hoffmann Premium 3.+', 'Lena Hoffmann'],
    ['Growth Hacks GmbH', 'Growth Hacks GmbH'],
  ])('%s', (raw, name) => expect(cleanName(raw)).toBe(name));

  it('own markers in both languages, only after the bullet', () => {
    expect(hasOwnMarker('Anna Beispiel • Sie Teamlead')).toBe(true);
    expect(hasOwnMarker('Sam Carter • You')).toBe(true);
    expect(hasOwnMarker('You Know Who • 2nd')).toBe(false);
  });

  it('alt texts', () => {
    expect(nameFromAlt('Foto von Anna Beispiel')).toBe('Anna Beispiel');
    expect(nameFromAlt('Photo of Sam Carter')).toBe('Sam Carter');
    expect(nameFromAlt('Anna Beispiel')).toBe('Anna Beispiel');
  });
});

describe('texts and times', () => {
  it('cuts a trailing see-more toggle', () => {
    expect(stripSeeMore('Langer Text …mehr')).toBe('Langer Text');
    expect(stripSeeMore('Long text …see more')).toBe('Long text');
  });
  it.each([
    ['3 Std. •', true],
    ['2w •', true],
    ['1mo', true],
    ['6 Std. • Bearbeitet •', true],
    ['• 2.', false],
    ['1st', false],
    ['3 Antworten', false],
    ['Like', false],
  ])('%s is a relative time: %s', (text, yes) => expect(isRelativeTime(text)).toBe(yes));
  it('builds the commentUrn/replyUrn permalink', () => {
    expect(commentPermalink('urn:li:activity:1', '3', '2')).toBe(
      'https://www.linkedin.com/feed/update/urn:li:activity:1/?commentUrn=urn%3Ali%3Acomment%3A(activity%3A1%2C2)&replyUrn=urn%3Ali%3Acomment%3A(activity%3A1%2C3)',
    );
  });
});
