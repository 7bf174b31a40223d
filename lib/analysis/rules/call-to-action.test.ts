// Table test for call-to-action: sales orders flagged and rewritten as questions; questions and third-person
// uses of the same verbs left alone.
import { describe } from 'vitest';
import { callToAction } from './call-to-action';
import { table } from './shared/table-test';

const KEY = 'finding.promo.callToAction';

describe('call-to-action', () => {
  table(callToAction, [
    // Seed 001: the order fails, the question invites.
    {
      text: 'Kaufen Sie unser Produkt X!',
      hint: 'de',
      findings: [
        {
          actual: 'Kaufen Sie unser Produkt X!',
          key: KEY,
          applied: 'Wie finden Sie unser Produkt X?',
          severity: 'warn',
        },
      ],
    },
    { text: 'Wie finden Sie unser neues Produkt X?', hint: 'de', findings: [] },
    // Seed 002.
    {
      text: 'Hier ist meine Werbung. KONSUMIERE!!!',
      hint: 'de',
      findings: [{ actual: 'KONSUMIERE!!!', key: KEY, applied: 'Hier ist meine Werbung. Was meint ihr dazu?' }],
    },
    {
      text: 'Neue Sneaker im Sortiment – jetzt kaufen!',
      hint: 'de',
      findings: [{ actual: 'jetzt kaufen!', key: KEY, applied: 'Neue Sneaker im Sortiment – was meint ihr dazu?' }],
    },
    {
      text: 'Hol dir die neue Kollektion!',
      hint: 'de',
      findings: [{ actual: 'Hol dir die neue Kollektion!', key: KEY, applied: 'Wie findest du die neue Kollektion?' }],
    },
    {
      text: 'Alle Infos zum Event: hier klicken',
      hint: 'de',
      findings: [{ actual: 'hier klicken', key: KEY, applied: 'Alle Infos zum Event: hier stehen die Details' }],
    },
    { text: 'Die Leute kaufen sie trotzdem, weil sie gut sind.', hint: 'de', findings: [] },
    { text: 'Wo kaufen Sie normalerweise ein?', hint: 'de', findings: [] },
    { text: 'Ich habe mir gestern eine Jacke gekauft.', hint: 'de', findings: [] },
    {
      text: 'Buy our new blender today!',
      hint: 'en',
      findings: [{ actual: 'Buy our new blender today!', key: KEY, applied: 'What do you think of our new blender?' }],
    },
    {
      text: 'Spring sale is on. Shop now!',
      hint: 'en',
      findings: [{ actual: 'Shop now!', key: KEY, applied: 'Spring sale is on. What do you think?' }],
    },
    {
      text: 'Free webinar tomorrow, sign up today',
      hint: 'en',
      findings: [{ actual: 'sign up today', key: KEY, applied: 'Free webinar tomorrow, what do you think?' }],
    },
    { text: 'Where do you usually buy your coffee?', hint: 'en', findings: [] },
    { text: 'I buy our coffee at the market every week.', hint: 'en', findings: [] },
    { text: '', hint: 'en', findings: [] },
  ]);
});
