// Every site's label table covers the eight UI languages, with no empty entry, and the adapters' helpers read them.
import { describe, expect, it } from 'vitest';
import { STRINGS as FACEBOOK } from './facebook/strings';
import { cleanName, hasOwnMarker, isRelativeTime, nameFromAlt, stripSeeMore } from './linkedin/index';
import { STRINGS as LINKEDIN } from './linkedin/strings';
import { TIME_LANGUAGES } from './time';
import { isXString, X_STRINGS } from './x/strings';
import { nameFromProfileAlt, STRINGS as XING } from './xing/strings';

const LANGUAGES = ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt'];

describe.each([
  ['facebook', FACEBOOK],
  ['linkedin', LINKEDIN],
  ['x', X_STRINGS],
  ['xing', XING],
] as [string, Record<string, object>][])('%s strings', (_site, table) => {
  it('has all eight languages, each with the same keys and no empty value', () => {
    expect(Object.keys(table).sort()).toEqual(LANGUAGES);
    const keys = Object.keys(table.en ?? {}).sort();
    for (const entry of Object.values(table)) {
      expect(Object.keys(entry).sort()).toEqual(keys);
      for (const value of Object.values(entry)) {
        const list: unknown[] = Array.isArray(value) ? value : [value];
        expect(list.length).toBeGreaterThan(0);
        for (const item of list) expect(item instanceof RegExp ? item.source : String(item)).not.toBe('');
      }
    }
  });
});

describe('time words', () => {
  it('cover the same eight languages', () => {
    expect([...TIME_LANGUAGES].sort()).toEqual(LANGUAGES);
  });
});

describe('labels in use', () => {
  it('matches X controls in every language', () => {
    expect(isXString('Voir plus de réponses', 'showMoreReplies')).toBe(true);
    expect(isXString('Pokaż więcej odpowiedzi', 'showMoreReplies')).toBe(true);
    expect(isXString('Weergeven', 'show')).toBe(true);
    expect(isXString('Responder', 'show')).toBe(false);
  });

  it('reads Facebook reply labels and keeps comment labels apart', () => {
    const replies = Object.values(FACEBOOK).map((s) => s.replyBy);
    const says = (label: string) => replies.find((re) => re.test(label))?.exec(label)?.[1] ?? null;
    expect(says('Reply by Anna Example to Ben’s comment')).toBe('Anna Example');
    expect(says('Respuesta de Ana Ejemplo al comentario de Ben')).toBe('Ana Ejemplo');
    expect(says('Resposta de Ana Exemplo ao comentário de Ben')).toBe('Ana Exemplo');
    expect(says('Comentario de Ana Ejemplo')).toBeNull();
    expect(says('Commentaire de Anne Exemple')).toBeNull();
  });

  it('cleans LinkedIn names, markers and toggles in the eight languages', () => {
    expect(cleanName('Anne Exemple • 2e')).toBe('Anne Exemple');
    expect(cleanName('Ana Exemplo Autora')).toBe('Ana Exemplo');
    expect(cleanName('Anna Przykład 3.+')).toBe('Anna Przykład');
    expect(hasOwnMarker('Ana Exemplo • Você')).toBe(true);
    expect(hasOwnMarker('Anne Exemple • Vous')).toBe(true);
    expect(hasOwnMarker('Anna Przykład • 2.')).toBe(false);
    expect(stripSeeMore('Un texte long …plus')).toBe('Un texte long');
    expect(stripSeeMore('Długi tekst …więcej')).toBe('Długi tekst');
    expect(nameFromAlt('Foto van Anna Voorbeeld')).toBe('Anna Voorbeeld');
  });

  it('finds LinkedIn relative times and nothing else among short texts', () => {
    for (const time of ['3 h •', '2 sem. •', '1 j', '2 sett.', '3 u', '3 godz. •', '1 mies.', 'há 2 dias']) {
      expect(isRelativeTime(time)).toBe(true);
    }
    for (const text of [
      'Responder',
      'Curtir',
      'Reply',
      '12 comments',
      '2 reposts',
      'Anna 2',
      '1er',
      '2e',
      '1º',
      'Vous',
    ]) {
      expect(isRelativeTime(text)).toBe(false);
    }
  });

  it('reads Xing profile alts in every language', () => {
    expect(nameFromProfileAlt('Photo de profil de Jeanne Exemple')).toBe('Jeanne Exemple');
    expect(nameFromProfileAlt('Profielfoto van Jan Voorbeeld')).toBe('Jan Voorbeeld');
  });
});
