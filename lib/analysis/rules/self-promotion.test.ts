// Table test for self-promotion: pointers to one's own channel, page or shop, removed sentence by sentence;
// the brand's own product in a question and family talk left alone.
import { describe } from 'vitest';
import { selfPromotion } from './self-promotion';
import { table } from './shared/table-test';

const KEY = 'finding.promo.selfPromotion';

describe('self-promotion', () => {
  table(selfPromotion, [
    // Seed 002.
    {
      text: 'Hier ist meine Werbung. KONSUMIERE!!!',
      hint: 'de',
      findings: [{ actual: 'Hier ist meine Werbung.', key: KEY, applied: ' KONSUMIERE!!!' }],
    },
    {
      text: 'Schaut euch mein neues Video an! Ich freue mich auf euer Feedback.',
      hint: 'de',
      findings: [
        { actual: 'Schaut euch mein neues Video an!', key: KEY, applied: ' Ich freue mich auf euer Feedback.' },
      ],
    },
    {
      text: 'Toller Beitrag. Kleine Werbung in eigener Sache: Auf meinem Kanal gibt es jeden Freitag neue Rezepte.',
      hint: 'de',
      findings: [
        {
          actual: 'Kleine Werbung in eigener Sache: Auf meinem Kanal gibt es jeden Freitag neue Rezepte.',
          key: KEY,
          applied: 'Toller Beitrag. ',
        },
      ],
    },
    // Seed 001: the invitation must pass.
    { text: 'Wie finden Sie unser neues Produkt X?', hint: 'de', findings: [] },
    { text: 'Mein Sohn hat sich einen Kanal gewünscht.', hint: 'de', findings: [] },
    {
      text: 'Great video! Check out my channel for more covers.',
      hint: 'en',
      findings: [{ actual: 'Check out my channel for more covers.', key: KEY, applied: 'Great video! ' }],
    },
    {
      text: 'I made a new song, check it out',
      hint: 'en',
      findings: [{ actual: 'I made a new song, check it out', key: KEY, applied: '' }],
    },
    {
      text: 'Sorry for the spam, but please listen to my music',
      hint: 'en',
      findings: [{ actual: 'Sorry for the spam, but please listen to my music', key: KEY, applied: '' }],
    },
    { text: 'My son loves this song.', hint: 'en', findings: [] },
    { text: 'What do you think of our new blender?', hint: 'en', findings: [] },
    // General patterns: the writer's own work by position ("my new channel", "I upload covers"), crowd greetings.
    {
      text: 'Love it. My new channel has more.',
      hint: 'en',
      findings: [{ actual: 'My new channel has more.', key: KEY, applied: 'Love it. ', severity: 'warn' }],
    },
    {
      text: 'Hey guys, I upload covers every week.',
      hint: 'en',
      findings: [{ actual: 'Hey guys, I upload covers every week.', key: KEY, applied: '', severity: 'warn' }],
    },
    {
      text: 'I upload covers every week.',
      hint: 'en',
      findings: [{ actual: 'I upload covers every week.', key: KEY, applied: '', severity: 'caution' }],
    },
    {
      text: 'Hey guys! Check this out: a band from Norway.',
      hint: 'en',
      findings: [{ actual: 'Check this out: a band from Norway.', key: KEY, applied: 'Hey guys! ', severity: 'warn' }],
    },
    { text: 'This is my favourite song.', hint: 'en', findings: [] },
    { text: 'I made this video my ringtone.', hint: 'en', findings: [] },
    {
      text: 'Toller Beitrag! Mein neuer Kanal ist jetzt online.',
      hint: 'de',
      findings: [
        { actual: 'Mein neuer Kanal ist jetzt online.', key: KEY, applied: 'Toller Beitrag! ', severity: 'warn' },
      ],
    },
    {
      text: 'Hallo zusammen, ich lade jeden Freitag Songs hoch.',
      hint: 'de',
      findings: [
        { actual: 'Hallo zusammen, ich lade jeden Freitag Songs hoch.', key: KEY, applied: '', severity: 'warn' },
      ],
    },
    {
      text: 'Ich mache Videos über Gartenbau.',
      hint: 'de',
      findings: [{ actual: 'Ich mache Videos über Gartenbau.', key: KEY, applied: '', severity: 'caution' }],
    },
    { text: 'Mein Lieblingssong!', hint: 'de', findings: [] },
    { text: 'Ich habe das Video gestern gesehen.', hint: 'de', findings: [] },
  ]);
});
