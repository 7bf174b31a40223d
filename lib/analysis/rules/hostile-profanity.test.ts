// Table test for hostile-profanity: German and English swearing with exact spans and rewrites applied
// ("Scheißpolitik" → "Politik"), and ordinary words that only look similar.
import { describe } from 'vitest';
import { hostileProfanity as rule } from './hostile-profanity';
import { table } from './shared/table-test';

const KEY = 'finding.hostile.profanity';

describe('hostile-profanity', () => {
  table(rule, [
    {
      text: 'Die Scheißpolitik nervt.',
      languages: ['de'],
      findings: [{ actual: 'Scheißpolitik', key: KEY, applied: 'Die Politik nervt.' }],
    },
    {
      text: 'Das ist mir scheißegal.',
      languages: ['de'],
      findings: [{ actual: 'scheißegal', key: KEY, applied: 'Das ist mir egal.' }],
    },
    {
      text: 'Das ist Scheisse!',
      languages: ['de'],
      findings: [{ actual: 'Scheisse', key: KEY, applied: 'Das ist ärgerlich!' }],
    },
    {
      text: 'Der Drecks-Service ist weg',
      languages: ['de'],
      findings: [{ actual: 'Drecks-Service', key: KEY, applied: 'Der Service ist weg' }],
    },
    {
      text: 'Das geht mir am Arsch vorbei.',
      languages: ['de'],
      findings: [{ actual: 'geht mir am Arsch vorbei', key: KEY, applied: 'Das .' }],
    },
    {
      text: 'Halt die Fresse, echt jetzt',
      languages: ['de'],
      findings: [{ actual: 'Halt die Fresse', key: KEY, applied: ', echt jetzt' }],
    },
    {
      text: 'This fucking app crashed again.',
      languages: ['en'],
      findings: [{ actual: 'fucking', key: KEY, applied: 'This  app crashed again.' }],
    },
    {
      text: 'That is bullshit.',
      languages: ['en'],
      findings: [{ actual: 'bullshit', key: KEY, applied: 'That is nonsense.' }],
    },
    {
      text: 'Oh, shut up already',
      languages: ['en'],
      findings: [{ actual: 'shut up', key: KEY, applied: 'Oh,  already' }],
    },
    { text: 'Die Schifffahrt auf dem Rhein ist schön.', languages: ['de'], findings: [] },
    { text: 'Wir packen gerade die Pakete für euch.', languages: ['de'], findings: [] },
    { text: 'Schade, dass es nicht geklappt hat.', languages: ['de'], findings: [] },
    { text: 'The shipment arrived, thanks a lot!', languages: ['en'], findings: [] },
    { text: 'Scunthorpe is a town in England.', languages: ['en'], findings: [] },
  ]);
});
