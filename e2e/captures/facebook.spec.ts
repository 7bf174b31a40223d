// The built extension on every real Facebook capture in ../shared/captures/facebook: the permalink dialog over the Page
// feed (only the dialog's comments), a Page-timeline comment, authors and times, marks only on comment articles.
import { test } from '../harness/test';
import { D, expectCapture, H, MIN } from './expect-capture';
import { capturePage, unlistedCaptures } from './pages';

/** A Facebook comment is a role=article without aria-posinset, named by its data-commentid wrapper or its own permalink. */
const COMMENT_ID_OF = `
  if (element.getAttribute('role') !== 'article' || element.hasAttribute('aria-posinset')) return null;
  const wrapper = element.closest('[data-commentid]');
  if (wrapper && wrapper.querySelector('[role="article"]') === element) return wrapper.getAttribute('data-commentid');
  for (const a of element.querySelectorAll('a[href*="comment_id="]')) {
    if (a.parentElement.closest('[role="article"]') !== element) continue;
    const url = new URL(a.href);
    const id = url.searchParams.get('reply_comment_id') || url.searchParams.get('comment_id');
    if (/^\\d+$/.test(id || '')) return id;
  }
  return null;`;

test('every Facebook capture has its expectations here', () => {
  test.expect(unlistedCaptures('facebook')).toEqual([]);
});

test('permalink dialog over the Page feed: the post and its six comments, nothing from the feed behind', async ({
  page,
  serviceWorker,
}) => {
  await expectCapture(
    page,
    serviceWorker,
    capturePage('facebook', 'public-crm__post-permalink-live.html'),
    {
      threadId: `pfbid0Test02${'x'.repeat(58)}`,
      postAuthor: 'Toko Uji',
      items: [
        { id: '9000000000000004', parentId: null, author: 'Sinta', ago: D },
        { id: '9000000000000019', parentId: null, author: 'Sinta', ago: D },
        { id: '9000000000000020', parentId: null, author: 'Sinta', ago: D },
        { id: '9000000000000021', parentId: null, author: 'Sinta', ago: D },
        { id: '9000000000000022', parentId: null, author: 'Budi Santoso', ago: 2 * H },
        { id: '9000000000000023', parentId: null, author: 'Sinta', ago: 23 * H },
      ],
    },
    COMMENT_ID_OF,
  );
});

test('Page timeline: the captured comment (data-commentid wrapper) under the wrapper post', async ({
  page,
  serviceWorker,
}) => {
  await expectCapture(
    page,
    serviceWorker,
    capturePage('facebook', 'public-crm__page-comment-live.html'),
    {
      threadId: 'pfbid0Wrap',
      postAuthor: 'Wrapper Page',
      items: [{ id: '900000000000031', parentId: null, author: 'Sinta Dewi', ago: 3 * MIN }],
    },
    COMMENT_ID_OF,
  );
});
