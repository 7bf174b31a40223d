// Table test for copy-paste: a draft (nearly) equal to one of the user's recent posts is flagged; short stock
// replies and different texts are not.
import { describe } from 'vitest';
import { copyPaste } from './copy-paste';
import { table } from './shared/table-test';

const recentPosts = [
  'Danke fürs Folgen! Schaut gerne auf meinem Kanal vorbei, da gibt es jeden Freitag neue Videos.',
  'Thanks for the feedback, we have passed it on to the product team and will report back.',
  'Danke dir!',
];
const KEY = 'finding.promo.copyPaste';

describe('copy-paste', () => {
  table(copyPaste, [
    {
      text: 'Danke fürs Folgen! Schaut gerne auf meinem Kanal vorbei, da gibt es jeden Samstag neue Videos.',
      hint: 'de',
      context: { recentPosts },
      findings: [
        {
          actual: 'Danke fürs Folgen! Schaut gerne auf meinem Kanal vorbei, da gibt es jeden Samstag neue Videos.',
          key: KEY,
          applied: null,
        },
      ],
    },
    { text: 'Danke dir!', hint: 'de', context: { recentPosts }, findings: [] },
    {
      text: 'Danke fürs Folgen! Heute gibt es ein Video über Brot und Kuchen.',
      hint: 'de',
      context: { recentPosts },
      findings: [],
    },
    {
      text: 'Thanks for the feedback, we have passed it on to the product team and will report back.',
      hint: 'en',
      context: { recentPosts },
      findings: [
        {
          actual: 'Thanks for the feedback, we have passed it on to the product team and will report back.',
          key: KEY,
          severity: 'warn',
        },
      ],
    },
    {
      text: 'Thanks for the feedback, we have passed it on to the product team and will report back.',
      hint: 'en',
      findings: [],
    },
    {
      text: 'Thanks, that is a good point about the battery life.',
      hint: 'en',
      context: { recentPosts },
      findings: [],
    },
  ]);
});
