// The hashes stored with the weights: of the training data, and of every file whose change changes the weights
// (the training scripts, the feature code and the tokenizer it reads), so stale weights are caught by a test.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** Of the files' contents only, in an order of their own: the same data gives the same hash in any checkout. */
export function dataHash(files: readonly string[]): string {
  const digests = files.map((file) => createHash('sha256').update(readFileSync(file)).digest('hex')).sort();
  return createHash('sha256').update(digests.join('\n')).digest('hex');
}

export function scriptFiles(): string[] {
  const train = readdirSync(join(ROOT, 'scripts/train'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(ROOT, 'scripts/train', f));
  return [
    join(ROOT, 'scripts/train.ts'),
    ...train,
    join(ROOT, 'lib/analysis/models/features.ts'),
    join(ROOT, 'lib/analysis/tokenize.ts'),
  ].sort();
}

export function scriptHash(): string {
  const hash = createHash('sha256');
  // Line endings normalised: a checkout with CRLF must give the same hash.
  for (const file of scriptFiles()) hash.update(readFileSync(file, 'utf8').replace(/\r\n/g, '\n'));
  return hash.digest('hex');
}
