// Table test for symbol-flood: hashtag, mention and emoji floods (kept to a couple by the suggestion);
// a few tags or emoji are fine.
import { describe } from 'vitest';
import { table } from './shared/table-test';
import { symbolFlood } from './symbol-flood';

describe('symbol-flood', () => {
  table(symbolFlood, [
    {
      text: 'Neue Kollektion #mode #fashion #style #ootd #sale',
      hint: 'de',
      findings: [
        {
          actual: '#mode #fashion #style #ootd #sale',
          key: 'finding.promo.hashtagFlood',
          applied: 'Neue Kollektion #mode #fashion',
        },
      ],
    },
    {
      text: 'Toll 😍😍😍😍😍😍',
      hint: 'de',
      findings: [{ actual: '😍😍😍😍😍😍', key: 'finding.promo.emojiFlood', applied: 'Toll 😍' }],
    },
    {
      text: 'Schaut mal, @anna @ben @carla @dora',
      hint: 'de',
      findings: [{ actual: '@anna @ben @carla @dora', key: 'finding.promo.mentionFlood', applied: null }],
    },
    // Handles at the start address a reply; networks put them there.
    { text: '@anna @ben @carla @dora Danke für eure Antworten!', hint: 'de', findings: [] },
    { text: 'Top 👍 #teamwork', hint: 'de', findings: [] },
    {
      text: '#a #b intro #c #d',
      hint: 'en',
      findings: [{ actual: '#a #b intro #c #d', key: 'finding.promo.hashtagFlood', applied: null }],
    },
    { text: 'Great game yesterday 🎉🎉 #football', hint: 'en', findings: [] },
  ]);
});
