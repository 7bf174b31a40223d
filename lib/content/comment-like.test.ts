// The href and text tests of the comment-like fallback: which links are people and which are times. The walk over a
// real page runs in Chromium (e2e/captures/comment-like.spec.ts), measured against the adapters' marks.
import { describe, expect, it } from 'vitest';
import { isItemHref, isNameLike, isProfileHref } from './comment-like';

describe('isProfileHref', () => {
  it.each([
    'https://www.linkedin.com/in/malena-mir-garcia/',
    'https://www.linkedin.com/company/northwind',
    'https://www.facebook.com/profile.php?id=900000000000018&comment_id=Y29t',
    'https://www.facebook.com/jana.berger.demo?comment_id=Y29t',
    '/TestQuoter',
    'https://www.xing.com/profile/Fenja_Lorenz_demo',
    'https://mastodon.social/@someone',
  ])('%s is a person', (href) => expect(isProfileHref(href)).toBe(true));

  it.each([
    'https://www.facebook.com/permalink.php?story_fbid=pfbid0&id=9&comment_id=9',
    '/TestQuoter/status/1983130065320780162',
    'https://www.facebook.com/',
    'https://www.facebook.com/stories/create/',
    'mailto:someone@example.com',
  ])('%s is not', (href) => expect(isProfileHref(href)).toBe(false));
});

describe('isItemHref', () => {
  it.each([
    'https://www.facebook.com/permalink.php?story_fbid=pfbid0&id=9&comment_id=9',
    'https://www.facebook.com/p/posts/pfbid0?comment_id=1&reply_comment_id=3',
    '/TestQuoter/status/1983130065320780162',
  ])('%s is a comment or post link', (href) => expect(isItemHref(href)).toBe(true));

  it.each(['/TestQuoter/status/1983130065320780162/analytics', '/TestQuoter', 'https://www.facebook.com/watch/'])(
    '%s is not',
    (href) => expect(isItemHref(href)).toBe(false),
  );
});

describe('isNameLike', () => {
  it.each(['Sinta', 'Budi Santoso', 'Malena M.', 'Mateu Rojas Comella', 'Jürgen Keßler'])('%s reads as a name', (t) =>
    expect(isNameLike(t)).toBe(true),
  );
  it.each(['#contoh', '3h', '10 comments', 'Is this the new timetable for all of the lines?', ''])('%s does not', (t) =>
    expect(isNameLike(t)).toBe(false),
  );
});
