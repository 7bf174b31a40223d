// The rename map stays sound: every old id points at an id that runs today (a rule, a model or a family), no old id
// is still live (it would shadow the rule of that name), and renaming leaves everything else as it was.
import { describe, expect, it } from 'vitest';
import { FAMILY_IDS } from '../families';
import { MODEL_RULES } from '../models/stack';
import { RULES } from './index';
import { RENAMED_RULES, renameRuleIds } from './renamed';

const LIVE = new Set<string>([
  ...RULES.map((r) => r.meta.id),
  ...Object.values(MODEL_RULES).map((m) => m.id),
  ...FAMILY_IDS,
]);

describe('rule rename map', () => {
  for (const [from, to] of Object.entries(RENAMED_RULES)) {
    it(`${from} -> ${to}: the target is live, the old id is not`, () => {
      expect(LIVE.has(to), `${to} is no rule, model or family`).toBe(true);
      expect(LIVE.has(from), `${from} is still a live id`).toBe(false);
    });
  }

  it('has live ids to check against (an empty registry would pass the checks above)', () => {
    expect(LIVE.size).toBeGreaterThan(20);
  });

  it('replaces old ids by their new names and leaves the rest alone', () => {
    const map = { 'shout-caps': 'shouting', 'sales-talk': 'promotional' };
    expect(renameRuleIds(['shout-caps', ' sales-talk ', 'know-it-all', 7], map)).toEqual([
      'shouting',
      'promotional',
      'know-it-all',
      7,
    ]);
    expect(renameRuleIds('shout-caps', map)).toBe('shout-caps');
    // An id named like an Object method is no entry of the map.
    expect(renameRuleIds(['constructor', 'toString'], map)).toEqual(['constructor', 'toString']);
  });
});
