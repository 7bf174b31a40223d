// The pure parts of submit detection: which keys send on which site (Enter stays a new line where only Ctrl/Cmd+Enter
// sends), and how a send button's localised label is compared, the last resort after hooks and form structure.
import { describe, expect, it } from 'vitest';
import { COMPOSERS as FACEBOOK } from '../sites/facebook/composers';
import { COMPOSERS as LINKEDIN } from '../sites/linkedin/composers';
import { COMPOSERS as X } from '../sites/x/composers';
import { hasSubmitLabel, isSubmitKey, labelSet, normalizeLabel } from './submit-detect';

const key = (init: Partial<KeyboardEvent>) =>
  ({
    key: 'Enter',
    isComposing: false,
    keyCode: 13,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    ...init,
  }) as KeyboardEvent;

describe('isSubmitKey', () => {
  it('bare Enter sends on Facebook, Shift+Enter is a new line', () => {
    expect(isSubmitKey(key({}), FACEBOOK.keys)).toBe(true);
    expect(isSubmitKey(key({ shiftKey: true }), FACEBOOK.keys)).toBe(false);
  });

  it('on LinkedIn and X Enter is a new line and Ctrl/Cmd+Enter sends', () => {
    for (const keys of [LINKEDIN.keys, X.keys]) {
      expect(isSubmitKey(key({}), keys)).toBe(false);
      expect(isSubmitKey(key({ shiftKey: true }), keys)).toBe(false);
      expect(isSubmitKey(key({ ctrlKey: true }), keys)).toBe(true);
      expect(isSubmitKey(key({ metaKey: true }), keys)).toBe(true);
    }
  });

  it('never during IME composition, never with Alt, never another key', () => {
    expect(isSubmitKey(key({ isComposing: true }), FACEBOOK.keys)).toBe(false);
    expect(isSubmitKey(key({ keyCode: 229 }), FACEBOOK.keys)).toBe(false);
    expect(isSubmitKey(key({ altKey: true }), FACEBOOK.keys)).toBe(false);
    expect(isSubmitKey(key({ key: 'a' }), FACEBOOK.keys)).toBe(false);
  });
});

describe('send labels', () => {
  it('compare without case, outer or repeated space, a trailing ellipsis or colon', () => {
    expect(normalizeLabel('  Reply ')).toBe('reply');
    expect(normalizeLabel('Reactie\n   plaatsen')).toBe('reactie plaatsen');
    expect(normalizeLabel('Kommentieren …')).toBe('kommentieren');
    expect(normalizeLabel('Post...')).toBe('post');
    expect(normalizeLabel('Répondre')).toBe('répondre');
    // Composed and decomposed accents are one label.
    expect(normalizeLabel('Re\u0301pondre')).toBe(normalizeLabel('Répondre'));
  });

  it('the visible text decides; the aria-label only when there is none', () => {
    const labels = labelSet(['Reply', 'Antworten']);
    expect(hasSubmitLabel('Reply', null, labels)).toBe(true);
    expect(hasSubmitLabel('', 'Antworten', labels)).toBe(true);
    expect(hasSubmitLabel('Show Emoji Picker', 'Reply', labels)).toBe(false);
    expect(hasSubmitLabel('Reply to Alex', null, labels)).toBe(false);
    expect(hasSubmitLabel('Reply', null, labelSet())).toBe(false);
  });

  it("LinkedIn's send labels cover its UI languages in comment and reply form", () => {
    const labels = labelSet(LINKEDIN.submitLabels);
    const sample = {
      de: ['Kommentieren', 'Antworten'],
      en: ['Comment', 'Reply'],
      fr: ['Commenter', 'Répondre'],
      es: ['Comentar', 'Responder'],
      it: ['Commenta', 'Rispondi'],
      pt: ['Comentar', 'Responder'],
      nl: ['Reageren', 'Beantwoorden'],
      pl: ['Skomentuj', 'Odpowiedz'],
    };
    for (const [lang, words] of Object.entries(sample))
      for (const word of words) expect(hasSubmitLabel(word, null, labels), `${lang} ${word}`).toBe(true);
  });
});
