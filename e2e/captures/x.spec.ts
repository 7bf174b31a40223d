// The built extension on every real X capture in ../shared/captures/x, inside X's status column: the focused post is
// the thread's post and never an item, a quoted post inside a post is not read as one, and nothing else is marked.
import { test } from '../harness/test';
import { expectCapture } from './expect-capture';
import { capturePage, unlistedCaptures } from './pages';

/** An X post is article[data-testid=tweet], named by the status link around its own time. */
const COMMENT_ID_OF = `
  if (element.getAttribute('data-testid') !== 'tweet') return null;
  for (const time of element.querySelectorAll('time')) {
    if (time.closest('article[data-testid="tweet"]') !== element) continue;
    const m = /\\/status\\/(\\d+)/.exec(time.closest('a[href]')?.getAttribute('href') || '');
    if (m) return m[1];
  }
  return null;`;

test('every X capture has its expectations here', () => {
  test.expect(unlistedCaptures('x')).toEqual([]);
});

test('status page: the focused post is the thread, not a reply', async ({ page, serviceWorker }) => {
  await expectCapture(
    page,
    serviceWorker,
    capturePage('x', 'tweetyoink__x-tweet-sample.html'),
    { threadId: '1981398750557065646', postAuthor: 'Test User Account', items: [] },
    COMMENT_ID_OF,
  );
});

test('a quoting post on its own page: its post, and the quoted post inside it is no item', async ({
  page,
  serviceWorker,
}) => {
  await expectCapture(
    page,
    serviceWorker,
    capturePage('x', 'tweetyoink__x-tweet-quote.html'),
    { threadId: '1983130065320780162', postAuthor: 'Test Quoter', items: [] },
    COMMENT_ID_OF,
  );
});
