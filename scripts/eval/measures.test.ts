// Checks the evaluation arithmetic on hand-computed cases, so the printed figures can be trusted.
import { describe, expect, it } from 'vitest';
import { decodeHtml, parseCsv } from './data';
import { accuracy, classFigures, macroF1 } from './measures';

describe('classFigures', () => {
  it('computes precision, recall and F1', () => {
    const gold = [true, true, true, false, false];
    const pred = [true, true, false, true, false];
    const f = classFigures(gold, pred, true);
    expect(f.precision).toBeCloseTo(2 / 3);
    expect(f.recall).toBeCloseTo(2 / 3);
    expect(f.f1).toBeCloseTo(2 / 3);
    expect(f.support).toBe(3);
    expect(accuracy(gold, pred)).toBeCloseTo(0.6);
  });
  it('is 0, not NaN, for a class never predicted', () => {
    expect(classFigures(['a', 'b'], ['b', 'b'], 'a').f1).toBe(0);
    expect(macroF1([classFigures(['a'], ['a'], 'a'), classFigures(['a'], ['a'], 'b')])).toBe(0.5);
  });
});

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, commas and line breaks inside quotes', () => {
    expect(parseCsv('A,B\n1,"x, ""y""\nz"\r\n2,plain\n')).toEqual([
      ['A', 'B'],
      ['1', 'x, "y"\nz'],
      ['2', 'plain'],
    ]);
  });
});

describe('decodeHtml', () => {
  it('decodes the escapes and line breaks found in the YouTube export', () => {
    expect(decodeHtml('it&#39;s &amp; <br />more &quot;x&quot; &#x1F600;')).toBe('it\'s & \nmore "x" \u{1F600}');
  });
});
