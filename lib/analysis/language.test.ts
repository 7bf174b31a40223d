// Language detection table: German, English, mixed, other languages, and short texts with and without a hint.
import { describe, expect, it } from 'vitest';
import { activeLanguages, detectLanguage } from './language';
import { tokenize } from './tokenize';

const detect = (text: string, hint?: string) => detectLanguage(text, tokenize(text), hint);

describe('detectLanguage', () => {
  it.each([
    ['Kaufen Sie unser Produkt X!', undefined, 'de'],
    ['Wie finden Sie unser neues Produkt X?', undefined, 'de'],
    ['Danke fürs Folgen. Folge mir auch auf Facebook', undefined, 'de'],
    ['Check out my channel and subscribe, it is really good', undefined, 'en'],
    ["That's not true and you know it", undefined, 'en'],
    ['Das ist echt ein game changer, I love it so much, thanks!', 'de', 'de'],
    ['Honestly the best team, das war wirklich super, thank you all so much!', undefined, 'en'],
    ['Le service client ne répond jamais à nos questions depuis des semaines.', undefined, 'fr'],
    ['El servicio al cliente nunca responde a nuestras preguntas desde hace semanas.', undefined, 'es'],
    ['Jetzt kaufen', 'de', 'de'],
    ['Jetzt kaufen', undefined, 'de'],
    ['Produkt X', undefined, 'und'],
    ['Feeling blessed tonight, amazing crowd everywhere', 'en', 'en'],
    ['Le service client ne répond jamais à nos questions depuis des semaines.', 'de', 'de'],
    [
      'Le service client ne répond jamais à nos questions depuis des semaines, et personne ne nous explique pourquoi la livraison est toujours bloquée.',
      'de',
      'fr',
    ],
    [
      'subscribe https://www.youtube.com/watch?v=abcdefghijklmnopqrstuvwxyz @someone_channel_name_here',
      undefined,
      'und',
    ],
    ['Die gehören an die Wand gestellt.', 'de', 'de'],
    ['Ich will das sehen.', undefined, 'de'],
    ['Ok, see you', 'de', 'de'],
    ['Produkt X', 'en', 'en'],
    ['buy now', 'en-GB', 'en'],
    ['👍👍', 'de-AT', 'de'],
    ['', undefined, 'und'],
  ])('%j (hint %s) -> %s', (text, hint, expected) => {
    expect(detect(text, hint)).toBe(expected);
  });
});

describe('activeLanguages', () => {
  it('adds English to a German text that carries English phrases', () => {
    const text = 'Das ist so toll, I love it and thank you for the great support';
    expect(activeLanguages('de', tokenize(text))).toEqual(['de', 'en']);
  });
  it('keeps a plain German text German', () => {
    expect(activeLanguages('de', tokenize('Das stimmt so nicht, wir haben immer geantwortet.'))).toEqual(['de']);
  });
  it('uses both word lists when the language is unknown, none for other languages', () => {
    expect(activeLanguages('und', [])).toEqual(['de', 'en']);
    expect(activeLanguages('fr', [])).toEqual([]);
  });
});
