// Table test for hostile-contempt: slurs, dehumanising words and smear vocabulary in German and English,
// with exact spans and neutral rewrites applied; and neutral look-alikes ("Antifaschisten", "Packen").
import { describe } from 'vitest';
import { hostileContempt as rule } from './hostile-contempt';
import { table } from './shared/table-test';

const CONTEMPT = 'finding.hostile.contempt';
const SCORN = 'finding.hostile.scorn';
const SLUR = 'finding.hostile.slur';

describe('hostile-contempt', () => {
  table(rule, [
    {
      text: 'So ein Dreckspack.',
      languages: ['de'],
      findings: [{ actual: 'Dreckspack', key: CONTEMPT, applied: 'So ein .' }],
    },
    {
      text: 'Die Lügenpresse schweigt.',
      languages: ['de'],
      findings: [{ actual: 'Lügenpresse', key: CONTEMPT, applied: 'Die Presse schweigt.' }],
    },
    {
      text: 'Diese Asylanten schon wieder.',
      languages: ['de'],
      findings: [{ actual: 'Asylanten', key: CONTEMPT, applied: 'Diese Asylsuchende schon wieder.' }],
    },
    {
      text: 'Das Antifa-Pack war da',
      languages: ['de'],
      findings: [{ actual: 'Antifa-Pack', key: CONTEMPT, applied: 'Das  war da' }],
    },
    {
      text: 'Einfach nur widerlich.',
      languages: ['de'],
      findings: [{ actual: 'widerlich', key: SCORN, applied: null }],
    },
    {
      text: 'Those people are vermin.',
      languages: ['en'],
      findings: [{ actual: 'vermin', key: CONTEMPT, applied: 'Those people are .' }],
    },
    {
      text: 'What a disgusting comment',
      languages: ['en'],
      findings: [{ actual: 'disgusting', key: SCORN, applied: null }],
    },
    { text: 'Stop it, retard', languages: ['en'], findings: [{ actual: 'retard', key: SLUR, applied: 'Stop it, ' }] },
    { text: 'Die Antifaschisten demonstrieren friedlich.', languages: ['de'], findings: [] },
    { text: 'Wir packen gerade die Pakete für euch.', languages: ['de'], findings: [] },
    { text: 'Die Pressefreiheit ist ein hohes Gut.', languages: ['de'], findings: [] },
    { text: 'Asylsuchende haben Anspruch auf ein faires Verfahren.', languages: ['de'], findings: [] },
    { text: 'Our community is diverse and welcoming.', languages: ['en'], findings: [] },
  ]);
});
