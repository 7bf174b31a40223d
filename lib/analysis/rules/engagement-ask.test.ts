// Table test for engagement-ask: follow, subscribe, like and "link in bio" asks, rewritten as questions;
// talk about subscribing or following left alone.
import { describe } from 'vitest';
import { engagementAsk } from './engagement-ask';
import { table } from './shared/table-test';

const KEY = 'finding.promo.engagementAsk';

describe('engagement-ask', () => {
  table(engagementAsk, [
    // Seed 002 (comments): the auto-DM that annoys.
    {
      text: 'Danke fürs Folgen. Folge mir auch auf Facebook',
      hint: 'de',
      findings: [
        {
          actual: 'Folge mir auch auf Facebook',
          key: KEY,
          applied: 'Danke fürs Folgen. Was interessiert dich hier am meisten?',
        },
      ],
    },
    {
      text: 'Abonniert meinen Kanal und folgt mir auf Insta!',
      hint: 'de',
      findings: [
        {
          actual: 'Abonniert meinen Kanal und folgt mir auf Insta!',
          key: KEY,
          applied: 'Was interessiert euch hier am meisten?',
        },
      ],
    },
    {
      text: 'Folgen Sie uns auf LinkedIn für mehr Tipps.',
      hint: 'de',
      findings: [
        {
          actual: 'Folgen Sie uns auf LinkedIn für mehr Tipps.',
          key: KEY,
          applied: 'Was interessiert Sie hier am meisten?',
        },
      ],
    },
    {
      text: 'Wer mehr sehen will: Link in Bio 🔥',
      hint: 'de',
      findings: [
        { actual: 'Link in Bio', key: KEY, applied: 'Wer mehr sehen will: was interessiert dich hier am meisten? 🔥' },
      ],
    },
    { text: 'Wie kann ich den Newsletter abonnieren?', hint: 'de', findings: [] },
    { text: 'Danke, dass ihr uns folgt!', hint: 'de', findings: [] },
    { text: 'Marines Love Trump folgt mir, wow!', hint: 'de', findings: [] },
    {
      text: 'Hey, folgt mir auf Insta!',
      hint: 'de',
      findings: [{ actual: 'folgt mir auf Insta!', key: KEY, applied: 'Hey, was interessiert euch hier am meisten?' }],
    },
    {
      text: 'Great song! Follow me on Twitter @someone',
      hint: 'en',
      findings: [
        { actual: 'Follow me on Twitter', key: KEY, applied: 'Great song! What would you like to see next? @someone' },
      ],
    },
    {
      text: "Please subscribe to my channel, I'll sub back!",
      hint: 'en',
      findings: [
        {
          actual: "Please subscribe to my channel, I'll sub back!",
          key: KEY,
          applied: 'What would you like to see next?',
        },
      ],
    },
    {
      text: 'If I get 100 subscribers I will do a giveaway',
      hint: 'en',
      findings: [{ actual: 'get 100 subscribers', key: 'finding.promo.audienceGoal', applied: null }],
    },
    { text: 'How do I subscribe to the newsletter?', hint: 'en', findings: [] },
    { text: 'OMG I LOVE YOUR SONGS, THATS A TOTAL SUBSCRIBE', hint: 'en', findings: [] },
    { text: 'She has 14 million subscribers now.', hint: 'en', findings: [] },
    { text: 'Thanks for following along, see you next week!', hint: 'en', findings: [] },
    // General patterns: a plea beside an ask, and an audience wanted without a number.
    {
      text: 'Please like and share!',
      hint: 'en',
      findings: [{ actual: 'Please like and share!', key: KEY, applied: 'What would you like to see next?' }],
    },
    {
      text: 'Great song. Subscribers please',
      hint: 'en',
      findings: [{ actual: 'Subscribers please', key: KEY, applied: 'Great song. What would you like to see next?' }],
    },
    {
      text: 'I would appreciate some subs before I start.',
      hint: 'en',
      findings: [
        { actual: 'appreciate some subs', key: 'finding.promo.audienceGoal', applied: null, severity: 'warn' },
      ],
    },
    { text: 'Can we reach 3 billion views?', hint: 'en', findings: [] },
    { text: 'Please tell me what went wrong.', hint: 'en', findings: [] },
    {
      text: 'Teilt bitte diesen Beitrag',
      hint: 'de',
      findings: [{ actual: 'Teilt bitte diesen Beitrag', key: KEY, applied: 'Was interessiert dich hier am meisten?' }],
    },
    {
      text: 'Ich brauche noch Abonnenten für den Kanal',
      hint: 'de',
      findings: [
        { actual: 'brauche noch Abonnenten', key: 'finding.promo.audienceGoal', applied: null, severity: 'warn' },
      ],
    },
    { text: 'Bitte melde dich per Mail bei uns.', hint: 'de', findings: [] },
  ]);
});
