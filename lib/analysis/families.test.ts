// Rule families: every rule belongs to exactly one (a new rule fails here until it is grouped), family ids never
// collide with rule ids, each is explained in both UI languages, and a family switched off yields nothing.
import { describe, expect, it } from 'vitest';
import { de } from '../i18n/de';
import { en } from '../i18n/en';
import { disabledRuleIds, FAMILY_IDS, RULE_FAMILIES } from './families';
import { analyze } from './index';
import { MODEL_RULES } from './models/stack';
import { RULES } from './rules/index';

/** The registered rules and the learned layer's two finding sources, which the user switches off the same way. */
const ruleIds = [...RULES.map((r) => r.meta.id), ...Object.values(MODEL_RULES).map((m) => m.id)];

describe('rule families', () => {
  it('group every registered rule exactly once, and nothing else', () => {
    const grouped = Object.values(RULE_FAMILIES).flat();
    expect(new Set(grouped).size).toBe(grouped.length);
    expect([...grouped].sort()).toEqual([...ruleIds].sort());
  });

  it('have ids no rule has, so disabledRules can hold both kinds', () => {
    for (const family of FAMILY_IDS) expect(ruleIds).not.toContain(family);
  });

  for (const family of FAMILY_IDS) {
    it(`${family}: a name and a one-line explanation in German and English`, () => {
      for (const table of [en, de] as Record<string, string>[]) {
        expect(table[`options.rule.${family}`]?.trim()).toBeTruthy();
        expect(table[`options.rule.${family}.help`]?.trim()).toBeTruthy();
      }
    });
  }

  it('expand family ids, keep plain rule ids', () => {
    expect([...disabledRuleIds(['register', 'shouting'])].sort()).toEqual([
      'register-clash',
      'register-mix',
      'shouting',
    ]);
    expect(disabledRuleIds([]).size).toBe(0);
    expect(disabledRuleIds(undefined).size).toBe(0);
  });
});

describe('analyze with rules switched off', () => {
  const PROMO = 'Jetzt kaufen und 20 % sparen mit dem Code SOMMER20! Link in Bio.';
  const INSULT = 'Du bist ein Idiot.';

  it('a family off: none of its findings, the others stay', () => {
    const on = analyze(PROMO, { mode: 'draft' }).findings.map((f) => f.ruleId);
    expect(on).toEqual(expect.arrayContaining(['call-to-action', 'price-offer', 'engagement-ask']));
    const off = analyze(PROMO, { mode: 'draft', disabledRules: ['promotional'] }).findings.map((f) => f.ruleId);
    expect(off).not.toContain('call-to-action');
    expect(off).not.toContain('price-offer');
    expect(off).toContain('engagement-ask');
  });

  it('a family off: its score no longer flags, so a comment gets no badge for it', () => {
    expect(analyze(INSULT, { mode: 'item' }).hostile.flagged).toBe(true);
    const off = analyze(INSULT, { mode: 'item', disabledRules: ['hostile'] });
    expect(off.hostile).toEqual({ score: 0, flagged: false });
    expect(off.findings).toEqual([]);
  });

  it('a draft with only switched-off findings is clean', () => {
    expect(analyze(INSULT, { mode: 'draft' }).verdict).toBe('warn');
    expect(analyze(INSULT, { mode: 'draft', disabledRules: ['hostile'] }).verdict).toBe('ok');
  });

  it('a single rule id works too', () => {
    const ids = analyze('Das stimmt so nicht.', { mode: 'draft', disabledRules: ['dismissive-reply'] }).findings;
    expect(ids.map((f) => f.ruleId)).not.toContain('dismissive-reply');
  });
});
