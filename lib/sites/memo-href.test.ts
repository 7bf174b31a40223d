// Remembered per address: the function runs once per distinct address, null is never kept, and the memory is bounded.
import { describe, expect, it } from 'vitest';
import { memoHref } from './memo-href';

describe('memoHref', () => {
  it('runs once per address and gives the same answer again', () => {
    const calls: (string | null)[] = [];
    const length = memoHref((href) => {
      calls.push(href);
      return href ? { n: href.length } : null;
    });
    const first = length('https://www.facebook.com/anna');
    expect(length('https://www.facebook.com/anna')).toBe(first);
    expect(length(null)).toBeNull();
    expect(length(null)).toBeNull();
    expect(calls).toEqual(['https://www.facebook.com/anna', null, null]);
  });

  it('starts afresh past its limit instead of growing with the page', () => {
    let calls = 0;
    const id = memoHref((href) => {
      calls++;
      return href;
    });
    for (let i = 0; i <= 5000; i++) id(`https://x.com/${i}`);
    calls = 0;
    id('https://x.com/5000');
    id('https://x.com/0');
    expect(calls).toBe(1);
  });
});
