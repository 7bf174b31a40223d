// Table test for shouting: capital runs, "!!!" and stretched words are noted (severity info); acronyms,
// "!!" and repeated digits are not.
import { describe } from 'vitest';
import { table } from './shared/table-test';
import { shouting } from './shouting';

describe('shouting', () => {
  table(shouting, [
    {
      text: 'Hier ist meine Werbung. KONSUMIERE!!!',
      hint: 'de',
      findings: [
        {
          actual: '!!!',
          key: 'finding.promo.exclamationRun',
          applied: 'Hier ist meine Werbung. KONSUMIERE!',
          severity: 'info',
        },
      ],
    },
    {
      text: 'NUR HEUTE ALLES REDUZIERT, KOMMT VORBEI',
      hint: 'de',
      findings: [{ actual: 'NUR HEUTE ALLES REDUZIERT, KOMMT VORBEI', key: 'finding.promo.capsRun', applied: null }],
    },
    {
      text: 'Das ist sooooo toll',
      hint: 'de',
      findings: [{ actual: 'sooooo', key: 'finding.promo.stretchedWord', applied: null }],
    },
    { text: 'Super, das freut uns!!', hint: 'de', findings: [] },
    { text: 'Die EU und die NATO', hint: 'de', findings: [] },
    {
      text: 'THIS IS THE BEST DEAL EVER. i mean it',
      hint: 'en',
      findings: [
        {
          actual: 'THIS IS THE BEST DEAL EVER',
          key: 'finding.promo.capsRun',
          applied: 'This is the best deal ever. i mean it',
        },
      ],
    },
    {
      text: 'Wow?!!!',
      hint: 'en',
      findings: [{ actual: '?!!!', key: 'finding.promo.exclamationRun', applied: 'Wow?' }],
    },
    { text: 'Call 1111 now', hint: 'en', findings: [] },
    { text: 'I love the USA and NASA', hint: 'en', findings: [] },
  ]);
});
