// Table test for promotional-link: link-only comments, referral, short, profile and hidden links flagged;
// a link inside a helpful answer only noted (severity info).
import { describe } from 'vitest';
import { table } from '../metrics/promotional-testing';
import { promotionalLink } from './promotional-link';

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
  ]);
});
