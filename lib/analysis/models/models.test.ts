// The learned layer as it ships: the committed weights file parses and matches the code and data that made it,
// a model-only flag points at words with a message in both languages, switching it off works, and the engine
// judges on its rules alone (as before) whenever no weights are installed or they are broken.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEIGHTS_FILE } from '../../../scripts/train/files';
import { dataHash, scriptHash } from '../../../scripts/train/hashes';
import { SPECS } from '../../../scripts/train/sources';
import { describeFinding, FINDING_MESSAGES } from '../../i18n/findings/index';
import { analyze } from '../index';
import { tokenize } from '../tokenize';
import { emitFeatures } from './features';
import { decodeWeights, encodeWeights } from './format';
import { modelLogit } from './linear';
import { hasModels, installWeights, modelFor, uninstallWeights } from './store';
import { base64ToBytes, bytesToBase64 } from './transfer';

const bytes = new Uint8Array(readFileSync(WEIGHTS_FILE));

// Plain advertising no rule names: an offer around a verb, a shop without a URL.
const AD_DE = 'Schau doch mal bei uns im Onlineshop vorbei, da findest du genau sowas in 12 Farben 😉';
const ORDINARY_DE = 'Danke für die schnelle Antwort, das Paket ist heute angekommen und alles passt.';

describe('the weights file', () => {
  it('was made by the committed training code from the committed data (retrain with npm run train otherwise)', () => {
    const { header } = decodeWeights(bytes);
    expect(header.scriptHash).toBe(scriptHash());
    expect(header.dataHash).toBe(dataHash(SPECS.flatMap((s) => s.files())));
  });

  it('holds a hostile and a promotional model for German and English, each with lines in order', () => {
    const { models } = decodeWeights(bytes);
    expect(models.map((m) => `${m.family}-${m.lang}`).sort()).toEqual([
      'hostile-de',
      'hostile-en',
      'promotional-de',
      'promotional-en',
    ]);
    for (const m of models) {
      expect(m.weights.length).toBe(1 << m.bits);
      expect(m.lines.low).toBeGreaterThanOrEqual(m.lines.normal);
      expect(m.lines.normal).toBeGreaterThan(m.lines.high);
    }
  });

  it('round-trips through encode and base64, and refuses foreign or truncated bytes with a message', () => {
    const { header, models } = decodeWeights(bytes);
    // Compared as buffers: a deep equal over half a million bytes takes seconds.
    const same = (a: Uint8Array) => Buffer.from(a).equals(Buffer.from(bytes));
    expect(
      same(
        encodeWeights(
          header,
          models.map((m) => m.weights),
        ),
      ),
    ).toBe(true);
    expect(same(base64ToBytes(bytesToBase64(bytes)))).toBe(true);
    expect(same(bytes.subarray(1))).toBe(false);
    expect(() => decodeWeights(new TextEncoder().encode('PK\u0003\u0004 not ours'))).toThrow(/Not a Listen First/);
    expect(() => decodeWeights(bytes.subarray(0, bytes.length - 10))).toThrow(/truncated/);
  });
});

describe('features', () => {
  it('are the same buckets for the same text, and differ for different words', () => {
    const collect = (text: string) => {
      const out: number[] = [];
      emitFeatures(tokenize(text), 17, (b) => out.push(b));
      return out;
    };
    expect(collect(AD_DE)).toEqual(collect(AD_DE));
    expect(collect('Rabatt')).not.toEqual(collect('Rabat'));
    for (const b of collect(AD_DE)) expect(b).toBeLessThan(1 << 17);
  });

  it('read a one-megabyte word in bounded time (grams of at most the first 24 characters)', () => {
    let count = 0;
    emitFeatures(tokenize('a'.repeat(1_000_000)), 17, () => count++);
    expect(count).toBeLessThan(100);
  });
});

describe('analyze() with the models installed', () => {
  beforeAll(() => installWeights(bytes));
  afterAll(() => uninstallWeights());

  it('flags German advertising no rule finds, pointing at the words that weighed most', () => {
    uninstallWeights();
    expect(analyze(AD_DE, { mode: 'draft', langHint: 'de' }).promotional.flagged).toBe(false);
    installWeights(bytes);
    const result = analyze(AD_DE, { mode: 'draft', langHint: 'de' });
    expect(result.promotional.flagged).toBe(true);
    // Advice, not a stop: no rule backs the model here.
    expect(result.verdict).toBe('caution');
    const model = result.findings.filter((f) => f.ruleId === 'promotional-model');
    expect(model.length).toBeGreaterThan(0);
    for (const f of model) {
      expect(AD_DE.slice(f.start, f.end)).toBe(f.actual);
      expect(f.args.words).toBe(f.actual);
      expect(f.actual).not.toMatch(/^(und|in|da|du|bei|uns)$/i);
      expect(FINDING_MESSAGES.en[f.messageKey]).toContain('{words}');
      expect(FINDING_MESSAGES.de[f.messageKey]).toContain('{words}');
      expect(describeFinding('de', f)).toContain(`„${f.actual}“ klingt nach Werbung`);
    }
  });

  // What a community manager writes every day: the voice of a brand ("wir", "Besuch", "Samstag", "Bestellnummer")
  // is not advertising.
  it.each([
    ['de', 'Danke für euren Besuch!\nWir freuen uns 🙂 auf Samstag.\nEure Bäckerei'],
    ['de', 'Danke für euer Feedback, wir geben es heute noch an unser Team weiter.'],
    ['de', 'Das tut uns leid! Schick uns bitte deine Bestellnummer per Nachricht, dann kümmern wir uns.'],
    ['en', 'Thanks for your question, we will get back to you today.'],
    ['en', 'What do you think of our new product X?'],
  ])('does not take the brand voice for advertising (%s): %s', (lang, text) => {
    const result = analyze(text, { mode: 'draft', langHint: lang });
    expect(result.promotional.flagged).toBe(false);
    expect(result.hostile.flagged).toBe(false);
    expect(result.verdict).toBe('ok');
  });

  // Known false positives of the German model (the closing note lists them): the seeds' own good example (001 #3)
  // and a promise to reply. The model alone only advises, so they are a caution at most, never stopped.
  it.each(['Wie finden Sie unser neues Produkt X?', 'Danke für Ihre Frage, wir melden uns heute noch.'])(
    'never stops a draft on the model alone: %s',
    (text) => {
      const result = analyze(text, { mode: 'draft', langHint: 'de' });
      expect(result.verdict).not.toBe('warn');
      expect(result.findings.filter((f) => f.severity === 'warn')).toEqual([]);
    },
  );

  it('leaves an ordinary comment alone', () => {
    const result = analyze(ORDINARY_DE, { mode: 'draft', langHint: 'de' });
    expect(result.promotional.flagged).toBe(false);
    expect(result.hostile.flagged).toBe(false);
    expect(result.findings.filter((f) => f.ruleId.endsWith('-model'))).toEqual([]);
  });

  it('gives a probability that follows the sensitivity lines', () => {
    const model = modelFor('promotional', 'de');
    expect(model).toBeDefined();
    const normal = analyze(AD_DE, { mode: 'draft', langHint: 'de' }).promotional;
    const high = analyze(AD_DE, { mode: 'draft', langHint: 'de', sensitivity: 'high' }).promotional;
    expect(normal.score).toBeGreaterThanOrEqual(model?.lines.normal ?? 1);
    expect(high.flagged).toBe(true);
  });

  it('is switched off by its rule id or its family, like any rule', () => {
    for (const disabledRules of [['promotional-model'], ['promotional']]) {
      const result = analyze(AD_DE, { mode: 'draft', langHint: 'de', disabledRules });
      expect(result.findings.some((f) => f.ruleId === 'promotional-model')).toBe(false);
      expect(result.promotional.flagged).toBe(false);
    }
  });

  it('flags hostility the rules miss in English and German', () => {
    const hostile = analyze('you are a pathetic clown and everyone here knows it', { mode: 'draft', langHint: 'en' });
    expect(hostile.hostile.flagged).toBe(true);
    expect(hostile.findings.some((f) => f.category === 'hostile')).toBe(true);
  });

  it('judges on the rules alone when the weights are broken or absent, and never throws', () => {
    const broken = decodeWeights(bytes);
    // A model whose weights are shorter than its buckets: reading it throws inside, the engine must not.
    const header = { ...broken.header, models: broken.header.models.map((m) => ({ ...m })) };
    installWeights(
      encodeWeights(
        header,
        broken.models.map((m) => m.weights),
      ),
    );
    const model = modelFor('promotional', 'de');
    if (model) (model as { weights: Int8Array }).weights = new Int8Array(0);
    expect(() => modelLogit(model as never, tokenize(AD_DE))).toThrow(/weights do not match/);
    const result = analyze(AD_DE, { mode: 'draft', langHint: 'de' });
    expect(result.promotional).toEqual({ score: expect.any(Number), flagged: false });
    expect(result.findings.some((f) => f.ruleId === 'promotional-model')).toBe(false);
    uninstallWeights();
    expect(hasModels()).toBe(false);
    expect(analyze(AD_DE, { mode: 'draft', langHint: 'de' }).promotional.flagged).toBe(false);
    installWeights(bytes);
  });
});
