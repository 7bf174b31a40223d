// The warm-up builds the engine's lists in several parts, then has nothing left; analyses after it are the same as
// without it (each part builds what first use would have built).
import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { toneWords } from './metrics/tone/words';
import { warmEnginePart } from './warm';

describe('warmEnginePart', () => {
  it('builds the lists part by part, then does nothing', () => {
    let parts = 0;
    while (warmEnginePart()) parts++;
    expect(parts).toBeGreaterThanOrEqual(5);
    expect(warmEnginePart()).toBe(false);
    expect(toneWords().words.size).toBeGreaterThan(1000);
    expect(toneWords()).toBe(toneWords());
    const result = analyze('Ihr seid Idioten, jetzt kaufen, Link in Bio!', { mode: 'item', langHint: 'de' });
    expect(result.hostile.flagged).toBe(true);
    expect(result.promotional.flagged).toBe(true);
  });
});
