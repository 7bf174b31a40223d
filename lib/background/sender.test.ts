// Sender classification with forged senders: only the browser's facts about a sender count (extension id, address,
// tab, frame), and anything that is neither an extension page nor a top-frame content script on a site is nobody.
import { describe, expect, it } from 'vitest';
import { classifySender, type MessageSender } from './sender';

const SELF = { id: 'listen-first-id', base: 'chrome-extension://listen-first-id/' };
const POST = 'https://www.linkedin.com/feed/update/urn:li:activity:1/';

const tab = (url?: string) =>
  ({
    id: 7,
    index: 0,
    windowId: 1,
    highlighted: false,
    active: true,
    pinned: false,
    incognito: false,
    url,
  }) as NonNullable<MessageSender['tab']>;
const content = (url: string, over: Partial<MessageSender> = {}): MessageSender => ({
  id: SELF.id,
  url,
  frameId: 0,
  tab: tab(url),
  ...over,
});

describe('classifySender', () => {
  it("knows the extension's own pages, in a tab or not", () => {
    expect(classifySender({ id: SELF.id, url: `${SELF.base}sidepanel.html` }, SELF)).toEqual({ kind: 'page' });
    expect(classifySender({ id: SELF.id, url: `${SELF.base}history.html`, tab: tab(), frameId: 0 }, SELF)).toEqual({
      kind: 'page',
    });
    const firefox = { id: 'listen-first@listen-first.app', base: 'moz-extension://0f3a-uuid/' };
    expect(classifySender({ id: firefox.id, url: 'moz-extension://0f3a-uuid/popup.html' }, firefox)).toEqual({
      kind: 'page',
    });
  });

  it('takes the site of a content script from its page address', () => {
    expect(classifySender(content(POST), SELF)).toEqual({ kind: 'content', site: 'linkedin', tabId: 7 });
    expect(classifySender(content('https://twitter.com/a/status/1'), SELF)).toEqual({
      kind: 'content',
      site: 'x',
      tabId: 7,
    });
    // Without the tabs permission the browser may leave the tab's address out.
    expect(classifySender(content(POST, { tab: tab(undefined) }), SELF)).toMatchObject({ site: 'linkedin' });
  });

  it('refuses another extension, and a page of another extension', () => {
    expect(classifySender({ ...content(POST), id: 'other-extension' }, SELF)).toBeNull();
    expect(classifySender({ id: 'other', url: 'chrome-extension://other/page.html' }, SELF)).toBeNull();
    expect(classifySender({ id: SELF.id, url: 'chrome-extension://other/page.html' }, SELF)).toBeNull();
    expect(classifySender({ url: POST, frameId: 0, tab: tab(POST) }, SELF)).toBeNull();
  });

  it('refuses plain web pages, http, look-alike hosts and other schemes', () => {
    for (const url of [
      'https://example.com/',
      'http://www.linkedin.com/feed/',
      'https://linkedin.com/feed/',
      'https://www.linkedin.com.evil.example/feed/',
      'https://evil.example/www.linkedin.com/',
      'https://www.linkedin.com@evil.example/',
      'https://wwwxlinkedin.com/',
      'javascript:alert(1)',
      'data:text/html,<p>hi</p>',
      'not a url',
    ]) {
      expect(classifySender(content(url), SELF), url).toBeNull();
    }
  });

  it('refuses frames, senders without a tab, and a tab on another site than the frame says', () => {
    expect(classifySender(content(POST, { frameId: 3 }), SELF)).toBeNull();
    expect(classifySender(content(POST, { frameId: undefined }), SELF)).toBeNull();
    expect(classifySender(content(POST, { tab: undefined }), SELF)).toBeNull();
    expect(classifySender(content(POST, { tab: tab('https://www.xing.com/') }), SELF)).toBeNull();
    expect(classifySender(content(POST, { url: undefined }), SELF)).toBeNull();
  });

  it('trusts no page when the extension base is unknown', () => {
    expect(classifySender({ id: SELF.id, url: `${SELF.base}x.html` }, { id: SELF.id, base: '' })).toBeNull();
    expect(classifySender({ id: '', url: `${SELF.base}x.html` }, { id: '', base: SELF.base })).toBeNull();
  });
});
