// Meta-tests in the refined-github manner: every rule file is registered and tested, every rule id is unique and
// equal to its file name, and every message key a finding carries is declared by its rule and explained in both
// UI languages: the keys are collected by running analyze() over samples that reach every declared key.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEIGHTS_FILE } from '../../../scripts/train/files';
import { FINDING_MESSAGES } from '../../i18n/findings/index';
import { ruleNameKey } from '../../i18n/rule-names';
import { rulesDe } from '../../i18n/rules.de';
import { rulesEn } from '../../i18n/rules.en';
import { ALWAYS_FLAG_META } from '../always-flag';
import { analyze } from '../index';
import { MODEL_RULES } from '../models/stack';
import { installWeights, uninstallWeights } from '../models/store';
import type { AnalysisContext, RuleMeta } from '../types';
import { WATCHLIST_META } from '../watchlist';
import { RULES } from './index';

const here = import.meta.dirname;
// renamed.ts maps old rule ids to new ones (renamed.test.ts checks it): it is no rule.
const NOT_RULES = new Set(['index.ts', 'renamed.ts']);
const ruleFiles = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_RULES.has(f))
  .map((f) => f.replace(/\.ts$/, ''));
const testFiles = new Set(readdirSync(here).filter((f) => f.endsWith('.test.ts')));

/** Everything that makes findings: the rules, and the user's own lists that analyze() adds. */
// The learned layer's two finding sources count as rules here: their keys too must be declared and explained.
const METAS: readonly RuleMeta[] = [
  ...RULES.map((r) => r.meta),
  WATCHLIST_META,
  ALWAYS_FLAG_META,
  MODEL_RULES.promotional,
  MODEL_RULES.hostile,
];

// The samples are judged as the extension judges: with the shipped weights.
beforeAll(() => installWeights(new Uint8Array(readFileSync(WEIGHTS_FILE))));
afterAll(() => uninstallWeights());

const complaint = { text: 'Seit zwei Wochen keine Antwort auf meine Reklamation. Eine Frechheit!', isComplaint: true };
const angry = { text: 'Seit drei Wochen kaputt und keiner antwortet.', isComplaint: true, tone: -0.7 };
const correction = { text: 'Kleine Korrektur: Die Filiale öffnet um 6, nicht um 7.', isComplaint: false };
const formalThread = {
  items: [
    { text: 'Können Sie mir sagen, wann die Filiale öffnet?' },
    { text: 'Ich habe Ihnen gestern geschrieben und warte auf Ihre Antwort.' },
  ],
};
const brand = { names: ['Radwerk'], domains: ['radwerk.de'], handles: ['radwerk'] };
const posted = 'Danke fürs Folgen! Schaut gerne auf meinem Kanal vorbei, da gibt es jeden Freitag neue Videos.';

/**
 * Texts and contexts that, together, reach every message key the rules declare (the last test checks that),
 * with everyday texts among them. A new key needs a sample here.
 */
const SAMPLES: readonly [string, AnalysisContext?][] = [
  // Only the models flag these (no rule does): promotional-model, hostile-model.
  ['Schau doch mal bei uns im Onlineshop vorbei, da findest du genau sowas in 12 Farben 😉', { langHint: 'de' }],
  ['you are a pathetic clown and everyone here knows it', { langHint: 'en' }],
  ['Kaufen Sie unser Produkt X! Jetzt 20 % sparen mit dem Code SOMMER20', { langHint: 'de' }],
  ['Danke fürs Folgen. Folge mir auch auf Facebook', { langHint: 'de' }],
  ['If I get 100 subscribers I will do a giveaway', { langHint: 'en' }],
  ['Schaut euch mein neues Video an! Ich freue mich auf euer Feedback.', { langHint: 'de' }],
  ['Der Artikel kostet 19,99 € und ist ab Montag wieder da.', { langHint: 'de' }],
  ['Schnell Geld verdienen von zu Hause!', { langHint: 'de' }],
  ['https://www.instagram.com/beispiel', { langHint: 'de' }],
  ['Hi Anna, die Anleitung findest du hier: https://hilfe.example.de/anleitung', { langHint: 'de' }],
  ['Alles zum Angebot: https://shop.example.de/sale?ref=abc123&size=42', { langHint: 'de' }],
  ['Mehr unter bit.ly/3xYzAb', { langHint: 'de' }],
  ['Besucht uns auf beispielshop . de', { langHint: 'de' }],
  [posted, { langHint: 'de', recentPosts: [posted] }],
  ['NUR HEUTE ALLES REDUZIERT, KOMMT VORBEI', { langHint: 'de' }],
  ['Das ist sooooo toll', { langHint: 'de' }],
  ['Wow?!!!', { langHint: 'en' }],
  ['Neue Kollektion #mode #fashion #style #ootd #sale', { langHint: 'de' }],
  ['Toll 😍😍😍😍😍😍', { langHint: 'de' }],
  ['Schaut mal, @anna @ben @carla @dora', { langHint: 'de' }],
  ['Du bist ein Vollidiot. Das ist eine dumme Idee.', { langHint: 'de' }],
  ['Die Scheißpolitik nervt. Ich weiß, wo du wohnst.', { langHint: 'de' }],
  ['So ein Dreckspack. Einfach nur widerlich.', { langHint: 'de' }],
  ['Stop it, retard', { langHint: 'en' }],
  ['Das weiß doch jeder, die Filiale öffnet um 6.', { langHint: 'de' }],
  ['Das ist nicht unser Problem.', { langHint: 'de', mode: 'draft', replyTo: complaint }],
  ['Wir backen ab Dezember mehr.', { langHint: 'de', mode: 'draft', replyTo: complaint }],
  ['Stimmt, wir öffnen um 6.', { langHint: 'de', mode: 'draft', replyTo: correction }],
  ['Hallo Jana, danke für deine Nachricht. Wir melden uns bei Ihnen, sobald du zurück bist.', { langHint: 'de' }],
  ['Danke dir für die Frage! Wir öffnen um 6 Uhr.', { langHint: 'de', mode: 'draft', thread: formalThread }],
  ['Ich kann Radwerk nur empfehlen, der Service ist super!', { langHint: 'de', mode: 'draft', brand }],
  ['Oh nein 😅 wir kümmern uns!!', { langHint: 'de', mode: 'draft', replyTo: angry }],
  ['Jetzt 20 % sparen im Shop!', { langHint: 'de', mode: 'draft', replyTo: angry }],
  ['Danke für die Rückmeldung, wir schauen uns das an.', { mode: 'draft', activity: { inThread: 4, today: 31 } }],
  ['Neue Preise ab Januar', { watchlist: ['preise'], alwaysFlag: ['januar'], mode: 'draft' }],
  ['Thanks for the quick answer, that helps a lot.', { langHint: 'en' }],
  ['Wie finden Sie unser neues Produkt X?', { langHint: 'de' }],
  ['Buy now! Limited offer, use code SAVE20 🔥🔥🔥🔥🔥 #deal #sale #shop #now @a @b @c @d', {}],
  ["Honestly, educate yourself. That's not true, you moron!!! I know where you live.", { langHint: 'en' }],
  ['Merci beaucoup pour votre réponse rapide !', { langHint: 'fr' }],
];

/** Every message key each rule (or user list) emitted over the samples. */
function emittedKeys(): Map<string, Set<string>> {
  const byRule = new Map<string, Set<string>>();
  for (const [text, context] of SAMPLES) {
    for (const f of analyze(text, context).findings) {
      const keys = byRule.get(f.ruleId) ?? new Set<string>();
      keys.add(f.messageKey);
      byRule.set(f.ruleId, keys);
    }
  }
  return byRule;
}

describe('rule registry', () => {
  it('registers every rule file exactly once, under its file name', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...ruleFiles].sort());
  });

  for (const id of ruleFiles) {
    it(`${id} has a table test beside it`, () => expect(testFiles.has(`${id}.test.ts`)).toBe(true));
  }

  it('explains every message in German and English, with the same placeholders', () => {
    expect(Object.keys(FINDING_MESSAGES.de).sort()).toEqual(Object.keys(FINDING_MESSAGES.en).sort());
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(FINDING_MESSAGES.en)) {
      expect(placeholders(FINDING_MESSAGES.de[key] ?? ''), key).toEqual(placeholders(FINDING_MESSAGES.en[key] ?? ''));
    }
  });

  it('explains every message key a rule declares, in both UI languages, and nothing else', () => {
    const declared = new Set(METAS.flatMap((m) => m.messageKeys));
    for (const meta of METAS) {
      expect(meta.messageKeys.length, `${meta.id} declares no message key`).toBeGreaterThan(0);
      for (const key of meta.messageKeys) {
        expect(FINDING_MESSAGES.en[key], `${meta.id}: ${key} missing in English`).toBeTypeOf('string');
        expect(FINDING_MESSAGES.de[key], `${meta.id}: ${key} missing in German`).toBeTypeOf('string');
      }
    }
    // A message no rule declares is left over from a rename.
    expect(Object.keys(FINDING_MESSAGES.en).filter((key) => !declared.has(key))).toEqual([]);
  });

  it('explains every message key the rules emit, in both UI languages, with every placeholder filled', () => {
    for (const [text, context] of SAMPLES) {
      for (const f of analyze(text, context).findings) {
        const where = `${f.ruleId}: ${f.messageKey} (${JSON.stringify(text)})`;
        const en = FINDING_MESSAGES.en[f.messageKey];
        const de = FINDING_MESSAGES.de[f.messageKey];
        expect(en, `${where} missing in English`).toBeTypeOf('string');
        expect(de, `${where} missing in German`).toBeTypeOf('string');
        for (const [, name] of (en ?? '').matchAll(/\{(\w+)\}/g)) expect(f.args, where).toHaveProperty(name as string);
      }
    }
  });

  it('emits only declared keys, and the samples reach every declared key', () => {
    const emitted = emittedKeys();
    for (const meta of METAS) {
      const keys = [...(emitted.get(meta.id) ?? [])].sort();
      expect(keys, `${meta.id}: keys emitted over the samples`).toEqual([...meta.messageKeys].sort());
    }
  });

  it('names every rule and model in both UI languages ("Don\'t flag this kind"), and names nothing else', () => {
    const silenceable = [...RULES.map((r) => r.meta.id), MODEL_RULES.promotional.id, MODEL_RULES.hostile.id];
    for (const id of silenceable) {
      const key = ruleNameKey(id);
      expect(key, `${id} has no name`).not.toBeNull();
      expect(rulesDe[key as keyof typeof rulesDe], `${id} has no German name`).toBeTypeOf('string');
    }
    expect(Object.keys(rulesEn).sort()).toEqual(silenceable.map((id) => `rule.${id}`).sort());
    expect(Object.keys(rulesDe).sort()).toEqual(Object.keys(rulesEn).sort());
    // The user's own lists are switched off by editing them, not by silencing.
    expect(ruleNameKey(WATCHLIST_META.id)).toBeNull();
    expect(ruleNameKey(ALWAYS_FLAG_META.id)).toBeNull();
  });
});
