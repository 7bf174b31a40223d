// Table test for price-offer: discounts, coupon codes, prices and money offers; statistics with "%" and
// programmers' "code" left alone.
import { describe } from 'vitest';
import { priceOffer } from './price-offer';
import { table } from './shared/table-test';

describe('price-offer', () => {
  table(priceOffer, [
    {
      text: 'Jetzt 20 % sparen mit dem Code SOMMER20',
      hint: 'de',
      findings: [
        { actual: 'Jetzt 20 % sparen', key: 'finding.promo.discount', applied: null },
        { actual: 'Code SOMMER20', key: 'finding.promo.couponCode', applied: null },
      ],
    },
    {
      text: 'Der Artikel kostet 19,99 € und ist ab Montag wieder da.',
      hint: 'de',
      findings: [{ actual: '19,99 €', key: 'finding.promo.price', severity: 'caution' }],
    },
    {
      text: 'Schnell Geld verdienen von zu Hause!',
      hint: 'de',
      findings: [{ actual: 'Schnell Geld verdienen', key: 'finding.promo.moneyOffer' }],
    },
    { text: '56 % der Kommentare sind negativ.', hint: 'de', findings: [] },
    {
      text: '6000 € für die Rückreise, 10000 € für die Opfer',
      hint: 'de',
      findings: [
        { actual: '6000 €', key: 'finding.promo.price', severity: 'caution' },
        { actual: '10000 €', key: 'finding.promo.price', severity: 'info' },
      ],
    },
    { text: 'Wir melden uns morgen mit einer Antwort.', hint: 'de', findings: [] },
    {
      text: 'Get 50% off all shoes this weekend',
      hint: 'en',
      findings: [{ actual: '50% off', key: 'finding.promo.discount' }],
    },
    { text: 'Only $19.99 while stocks last', hint: 'en', findings: [{ actual: '$19.99', key: 'finding.promo.price' }] },
    {
      text: 'Use code SAVE15 at checkout',
      hint: 'en',
      findings: [{ actual: 'code SAVE15', key: 'finding.promo.couponCode' }],
    },
    {
      text: 'Earn money from home with this one trick',
      hint: 'en',
      findings: [{ actual: 'Earn money', key: 'finding.promo.moneyOffer' }],
    },
    { text: 'About 30% of our users asked for dark mode.', hint: 'en', findings: [] },
    { text: 'The code you posted has a bug.', hint: 'en', findings: [] },
    // General patterns: a gain verb near money, "free" before a prize; news sums are no prices.
    {
      text: 'Get free robux here',
      hint: 'en',
      findings: [{ actual: 'free robux', key: 'finding.promo.moneyOffer', applied: null, severity: 'warn' }],
    },
    {
      text: 'Make extra cash from home',
      hint: 'en',
      findings: [{ actual: 'Make extra cash', key: 'finding.promo.moneyOffer', applied: null }],
    },
    { text: 'The Postal Service reported a $5 billion loss.', hint: 'en', findings: [] },
    { text: 'Free dental exams for children', hint: 'en', findings: [] },
    {
      text: 'Gratis iPhone für alle',
      hint: 'de',
      findings: [{ actual: 'Gratis iPhone', key: 'finding.promo.moneyOffer', applied: null, severity: 'warn' }],
    },
    {
      text: 'Verdiene Geld von zu Hause',
      hint: 'de',
      findings: [{ actual: 'Verdiene Geld', key: 'finding.promo.moneyOffer', applied: null }],
    },
    { text: 'Der Schaden liegt bei 30 Mio. Euro.', hint: 'de', findings: [] },
  ]);
});
