// The composer fixture pages the guard is tested on: one per editor framework, with the site's submit ways.
// Each names its fixture composers (data-fixture-composer), see e2e/fixtures/<site>/composer-*.html.

export interface GuardCase {
  name: string;
  url: string;
  /** The composer most tests write in, and a second one on the same page. */
  main: string;
  second: string;
  /** The composer the page mounts after its SPA navigation (a[data-fixture-nav]). */
  late: string;
  /** A private-message box on the page that must be left alone, and its send button. */
  privateBox: { name: string; send: string };
  /** The site's send key in an editor, or null where only the button sends (Xing). */
  key: 'Enter' | 'Control+Enter' | null;
  /** The send buttons, looked up inside a composer's wrapper. */
  button: string;
  /** A composer that answers the thread's complaint (the reply box inside it), where the page has one. */
  complaintReply?: string;
  /** Whether the editable is a textarea (no highlights possible there). */
  textarea?: boolean;
}

export const GUARD_CASES: GuardCase[] = [
  {
    name: 'facebook (Lexical)',
    url: 'https://www.facebook.com/BaeckereiMorgenrot/posts/pfbid0composer1',
    main: 'comment',
    second: 'reply',
    late: 'comment',
    privateBox: { name: 'messenger', send: '' },
    key: 'Enter',
    button: '#focused-state-composer-submit [role="button"]',
    complaintReply: 'reply',
  },
  {
    name: 'x (Draft.js)',
    url: 'https://x.com/greenline_demo/status/1990721642296246560',
    main: 'inline',
    second: 'modal',
    late: 'inline',
    privateBox: { name: 'dm', send: 'button[data-testid="dmComposerSendButton"]' },
    key: 'Control+Enter',
    button: 'button[data-testid^="tweetButton"]',
  },
  {
    name: 'linkedin v2 (TipTap)',
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:7275000000000000000/',
    main: 'comment',
    second: 'reply',
    late: 'comment',
    privateBox: { name: 'message', send: 'button.msg-form__send-button' },
    key: 'Control+Enter',
    button: 'button[data-view-name^="comment-"]',
    complaintReply: 'reply',
  },
  {
    name: 'linkedin v1 (Quill)',
    url: 'https://www.linkedin.com/posts/oliver-price-demo_delivery-activity-7276000000000000000-XyZa/',
    main: 'comment',
    second: 'reply',
    late: 'comment',
    privateBox: { name: 'message', send: 'button' },
    key: 'Control+Enter',
    button: 'button[type="submit"]',
    complaintReply: 'reply',
  },
  {
    name: 'xing (contenteditable)',
    url: 'https://www.xing.com/discover/updates?lf-fixture=composer',
    main: 'post',
    second: 'comment',
    late: 'comment',
    privateBox: { name: 'message', send: 'button[data-testid="messenger-send"]' },
    key: null,
    button: 'button[data-testid="commboxPost"], button[type="submit"]',
  },
  {
    name: 'xing (textarea)',
    url: 'https://www.xing.com/discover/updates?lf-fixture=composer',
    main: 'comment',
    second: 'post',
    late: 'comment',
    privateBox: { name: 'message', send: 'button[data-testid="messenger-send"]' },
    key: null,
    button: 'button[data-testid="commboxPost"], button[type="submit"]',
    textarea: true,
  },
];
