// Realistic German and English social-media texts for the benchmarks, cut to exact lengths at word borders.
// Sentences echo the seed articles and the demo threads: praise, complaints, questions, promotion.
const GERMAN = [
  'Ab Dezember öffnen wir samstags schon um 6 Uhr, was haltet ihr davon?',
  'Ich warte seit zwei Wochen auf eine Antwort zu meiner Reklamation, das ist wirklich ärgerlich.',
  'Danke, dass du das offen ansprichst, ich schaue mir deinen Fall heute noch an.',
  'Kaufen Sie unser Produkt X! Jetzt 20 % sparen mit dem Code WINTER20 auf www.shop.de.',
  'Wie finden Sie unser neues Produkt X? Wir freuen uns auf Ihre Meinung.',
  'Das stimmt so nicht, wir haben immer innerhalb von 30 Minuten geantwortet.',
  'Super Service, sehr freundliche Leute und tolle Beratung, gerne wieder! 👍',
  'Danke fürs Folgen. Folge mir auch auf Facebook und Instagram für mehr Tipps.',
];
const ENGLISH = [
  'Our new green tariff is live today, what do you want to know about it?',
  'Is the price fixed for 24 months or can it change after the first year?',
  "Your support hasn't answered my complaint in three weeks, absolutely useless.",
  'Check out my channel and subscribe for daily videos, link in bio!!!',
  'Thanks so much for the quick help yesterday, the team was amazing.',
  "That's not true, we replied to every message within a day.",
  'I love the new design but the app keeps crashing when I open settings.',
  'BUY NOW and get 50% off with code SAVE50 at https://deals.example.com/offer',
];

export function textOf(lang: 'de' | 'en', length: number, offset = 0): string {
  const source = lang === 'de' ? GERMAN : ENGLISH;
  let text = '';
  for (let i = offset; text.length < length; i++) text += `${text ? ' ' : ''}${source[i % source.length]}`;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(' ');
  // Cut at a word border, then pad to the exact length so every size is measured as stated.
  return (space > length * 0.8 ? cut.slice(0, space) : cut).padEnd(length, '.');
}

/** A thread of n comments mixing both languages and every kind of comment above. */
export function threadOf(n: number): string[] {
  return Array.from({ length: n }, (_, i) => textOf(i % 3 === 0 ? 'en' : 'de', 80 + ((i * 37) % 220), i));
}
