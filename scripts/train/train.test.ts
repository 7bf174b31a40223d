// The training pipeline is deterministic: the same slice of data gives byte-identical weights, stacker and lines on
// every run (seeded shuffles, no threads), and what it learns separates the classes on rows it did not see.
import { describe, expect, it } from 'vitest';
import { encodeWeights } from '../../lib/analysis/models/format';
import { floatLogit, trainLogistic } from './logistic';
import { featurize, trainModel } from './pipeline';
import { loadCorpus } from './sources';

/** Every 6th row of the German promotional corpus: both classes, all four files, small enough for a unit test. */
const slice = loadCorpus('promotional', 'de').filter((_, i) => i % 6 === 0);

describe('npm run train', { timeout: 60_000 }, () => {
  it('gives byte-identical weights, stacker and lines from the same data', () => {
    const bytes = () => {
      const trained = trainModel('promotional', 'de', 12, slice);
      return encodeWeights(
        { version: 1, dataHash: 'slice', scriptHash: 'test', models: [{ ...trained.header, offset: 0 }] },
        [trained.weights],
      );
    };
    const first = bytes();
    expect(first.length).toBeGreaterThan(1 << 12);
    expect(Buffer.from(bytes()).equals(Buffer.from(first))).toBe(true);
  });

  it('learns something that holds on rows it did not see', () => {
    const rows = loadCorpus('promotional', 'de');
    const train = featurize(
      rows.filter((_, i) => i % 4 !== 0),
      14,
    );
    const test = featurize(
      rows.filter((_, i) => i % 4 === 0),
      14,
    );
    const model = trainLogistic(train, { bits: 14, epochs: 5, l2: 1e-5, rate: 0.2, seed: 1 });
    const right = test.filter((e) => floatLogit(model, e) >= 0 === (e.label === 1)).length;
    expect(right / test.length).toBeGreaterThan(0.75);
  });
});
