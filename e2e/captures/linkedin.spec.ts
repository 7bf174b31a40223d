// The built extension on every real LinkedIn capture in ../shared/captures/linkedin: both DOM generations, each
// comment read with its author, parent and time, marks only on comments, the thread stored once per comment.
import { test } from '../harness/test';
import { D, expectCapture, H } from './expect-capture';
import { capturePage, unlistedCaptures } from './pages';

/** A LinkedIn comment element names its own URN in componentkey, id (2026) or data-id (Ember). */
const COMMENT_ID_OF = `
  for (const name of ['componentkey', 'id', 'data-id']) {
    const m = /^(?:replaceableComment_)?urn:li:comment:\\((?:urn:li:)?[A-Za-z]+:\\d+,(\\d+)\\)$/.exec(element.getAttribute(name) || '');
    if (m) return m[1];
  }
  return null;`;

const POST = 'urn:li:ugcPost:7486054278927835136';
test('every LinkedIn capture has its expectations here', () => {
  test.expect(unlistedCaptures('linkedin')).toEqual([]);
});

test('2026 generation: two comments and a reply listed after its parent, the own comment known by its marker', async ({
  page: tab,
  serviceWorker,
}) => {
  await expectCapture(
    tab,
    serviceWorker,
    capturePage('linkedin', 'noelle-social__post-comments-2026.html'),
    {
      threadId: POST,
      postAuthor: null,
      items: [
        { id: '7486091099183251456', parentId: null, author: 'Alex Rivera', ago: 3 * D, own: true },
        { id: '7487199472029192192', parentId: '7486091099183251456', author: 'Malena M.', ago: 8 * H, own: false },
        { id: '7486071797881315328', parentId: null, author: 'Mateu Rojas Comella', ago: 3 * D, own: false },
      ],
    },
    COMMENT_ID_OF,
  );
});

test('legacy (Ember) generation: the reply nested in its parent, names without the "• You" marker', async ({
  page: tab,
  serviceWorker,
}) => {
  await expectCapture(
    tab,
    serviceWorker,
    capturePage('linkedin', 'noelle-social__post-comments-legacy-ember.html'),
    {
      threadId: POST,
      postAuthor: null,
      items: [
        { id: '7486091099183251456', parentId: null, author: 'Alex Rivera', ago: 3 * D, own: true },
        { id: '7487199472029192192', parentId: '7486091099183251456', author: 'Malena M.', ago: 11 * H, own: false },
        { id: '7486071797881315328', parentId: null, author: 'Mateu Rojas Comella', ago: 3 * D, own: false },
      ],
    },
    COMMENT_ID_OF,
  );
});
