// Pure URL helpers of the Facebook adapter: comment ids (numeric and base64), post ids, profile handles.
import { describe, expect, it } from 'vitest';
import { commentIdsFromHref, decodeCommentId, postIdFromHref, profileFromHref } from './index';

const b64 = (s: string) => encodeURIComponent(Buffer.from(s).toString('base64'));

describe('facebook url helpers', () => {
  it('decodes numeric and base64 comment ids', () => {
    expect(decodeCommentId('900000000000001')).toBe('900000000000001');
    expect(decodeCommentId(Buffer.from('comment:880_950').toString('base64'))).toBe('950');
    expect(decodeCommentId('not-an-id')).toBeNull();
    expect(decodeCommentId(null)).toBeNull();
  });

  it('reads comment and reply ids from permalinks', () => {
    expect(commentIdsFromHref('https://www.facebook.com/P/posts/pfbid0x?comment_id=11')).toEqual({
      id: '11',
      parentId: null,
    });
    expect(commentIdsFromHref('/P/posts/pfbid0x?comment_id=11&reply_comment_id=12')).toEqual({
      id: '12',
      parentId: '11',
    });
    expect(commentIdsFromHref(`https://www.facebook.com/profile.php?id=1&comment_id=${b64('comment:5_77')}`)).toEqual({
      id: '77',
      parentId: null,
    });
    expect(commentIdsFromHref('https://www.facebook.com/P/posts/pfbid0x')).toBeNull();
  });

  it('reads post ids from post URLs', () => {
    expect(postIdFromHref('https://www.facebook.com/permalink.php?story_fbid=pfbid0abc&id=9')).toBe('pfbid0abc');
    expect(postIdFromHref('https://www.facebook.com/Page/posts/pfbid0demo1?comment_id=1')).toBe('pfbid0demo1');
    expect(postIdFromHref('https://www.facebook.com/Page/videos/123/')).toBe('123');
    expect(postIdFromHref('https://www.facebook.com/watch/?v=456')).toBe('456');
    expect(postIdFromHref('https://www.facebook.com/photo/?fbid=44&set=a.4&comment_id=1')).toBe('44');
    expect(postIdFromHref('https://www.facebook.com/photo.php?fbid=45&set=pcb.4')).toBe('45');
    expect(postIdFromHref('https://www.facebook.com/Page/photos/a.123/46/')).toBe('46');
    expect(postIdFromHref('https://www.facebook.com/groups/g/permalink/47/')).toBe('47');
    expect(postIdFromHref('https://www.facebook.com/')).toBeNull();
  });

  it('reads handles from profile links and ignores feature links', () => {
    expect(profileFromHref('https://www.facebook.com/jana.berger.demo?comment_id=1')).toEqual({
      handle: 'jana.berger.demo',
      profileUrl: 'https://www.facebook.com/jana.berger.demo',
    });
    expect(profileFromHref('https://www.facebook.com/profile.php?id=100&comment_id=x')).toEqual({
      handle: '100',
      profileUrl: 'https://www.facebook.com/profile.php?id=100',
    });
    expect(profileFromHref('https://www.facebook.com/permalink.php?story_fbid=1&id=2')).toBeNull();
    expect(profileFromHref('https://www.facebook.com/Page/posts/pfbid0x')).toBeNull();
    expect(profileFromHref('https://www.facebook.com/watch')).toBeNull();
    // A group member link names the person by id.
    expect(profileFromHref('https://www.facebook.com/groups/g/user/601/?comment_id=x')).toEqual({
      handle: '601',
      profileUrl: 'https://www.facebook.com/profile.php?id=601',
    });
    expect(profileFromHref('https://www.facebook.com/groups/g/')).toBeNull();
    expect(profileFromHref('https://example.com/jana')).toBeNull();
  });
});
