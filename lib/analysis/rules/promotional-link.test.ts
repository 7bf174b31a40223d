// Table test for promotional-link: link-only comments, referral, short, profile and hidden links flagged;
// a link inside a helpful answer only noted (severity info).
import { describe } from 'vitest';
import { promotionalLink } from './promotional-link';
import { table } from './shared/table-test';

describe('promotional-link', () => {
  table(promotionalLink, [
    {
      text: 'https://www.instagram.com/beispiel',
      hint: 'de',
      findings: [
        {
          actual: 'https://www.instagram.com/beispiel',
          key: 'finding.promo.linkOnly',
          severity: 'warn',
          applied: null,
        },
      ],
    },
    {
      text: 'Hi Anna, die Anleitung findest du hier: https://hilfe.example.de/anleitung',
      hint: 'de',
      findings: [{ actual: 'https://hilfe.example.de/anleitung', key: 'finding.promo.link', severity: 'info' }],
    },
    {
      text: 'Alles zum Angebot: https://shop.example.de/sale?ref=abc123&size=42',
      hint: 'de',
      findings: [
        {
          actual: 'https://shop.example.de/sale?ref=abc123&size=42',
          key: 'finding.promo.referralLink',
          applied: 'Alles zum Angebot: https://shop.example.de/sale?size=42',
        },
      ],
    },
    {
      text: 'Mehr unter bit.ly/3xYzAb',
      hint: 'de',
      findings: [{ actual: 'bit.ly/3xYzAb', key: 'finding.promo.shortLink' }],
    },
    {
      text: 'Besucht uns auf beispielshop . de',
      hint: 'de',
      findings: [{ actual: 'beispielshop . de', key: 'finding.promo.hiddenLink' }],
    },
    { text: 'Das ist z. B. so. Und so weiter.', hint: 'de', findings: [] },
    { text: 'Eine Hetze gg. RU und PL, Werbung im Fernsehen etc. TV schauen wir nicht.', hint: 'de', findings: [] },
    {
      text: 'Nice! http://www.example.com/deal',
      hint: 'en',
      findings: [{ actual: 'http://www.example.com/deal', key: 'finding.promo.linkOnly' }],
    },
    {
      text: 'You can find the full guide at https://docs.example.com/setup if you need it.',
      hint: 'en',
      findings: [{ actual: 'https://docs.example.com/setup', key: 'finding.promo.link', severity: 'info' }],
    },
    {
      text: 'watch?v=abc123XYZ check this out',
      hint: 'en',
      findings: [{ actual: 'watch?v=abc123XYZ', key: 'finding.promo.hiddenLink' }],
    },
    { text: 'What should I watch? Vote in the replies.', hint: 'en', findings: [] },
    // A link shared with a remark is a hint; an ask or a sale beside it makes it a caution.
    {
      text: 'Great article on pricing: https://example.com/pricing',
      hint: 'en',
      findings: [{ actual: 'https://example.com/pricing', key: 'finding.promo.link', severity: 'info', applied: null }],
    },
    {
      text: 'Morning view http://example.com/photo',
      hint: 'en',
      findings: [{ actual: 'http://example.com/photo', key: 'finding.promo.linkOnly', severity: 'caution' }],
    },
    {
      text: 'Please vote for our school: https://example.org/vote',
      hint: 'en',
      findings: [{ actual: 'https://example.org/vote', key: 'finding.promo.link', severity: 'caution' }],
    },
    {
      text: 'Guter Artikel dazu: https://example.de/artikel',
      hint: 'de',
      findings: [{ actual: 'https://example.de/artikel', key: 'finding.promo.link', severity: 'info' }],
    },
    {
      text: 'Hier bitte abstimmen, wir brauchen jede Stimme: https://example.org/vote',
      hint: 'de',
      findings: [{ actual: 'https://example.org/vote', key: 'finding.promo.link', severity: 'caution' }],
    },
    {
      text: 'Same link twice: https://example.com/a https://example.com/a and the news.',
      hint: 'en',
      findings: [
        { actual: 'https://example.com/a', key: 'finding.promo.link', severity: 'info' },
        { actual: 'https://example.com/a', at: 39, key: 'finding.promo.link', severity: 'info' },
      ],
    },
  ]);
});
