// npm run --silent analyze -- [FILE]: JSON Lines in ({"id","text","lang"?}), one result line out per input.
// A malformed line gets an {"id","error"} line and the run goes on; the exit status is 1 only when the input
// cannot be read. Streams line by line, so 100,000 lines or a 1 MB text need no more memory than one line.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { processLine } from '../lib/analysis/jsonl';
import { installShippedWeights } from './models';

// Judged as the extension judges: rules and the learned layer's shipped weights.
installShippedWeights();

const file = process.argv[2];
const input = file ? createReadStream(file) : process.stdin;
let failed = false;
input.on('error', (error: Error) => {
  failed = true;
  process.stderr.write(`analyze: cannot read ${file ?? 'standard input'}: ${error.message}\n`);
});

const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
let lineNumber = 0;
let buffer = '';
for await (const line of lines) {
  lineNumber++;
  const out = processLine(line, lineNumber);
  if (out === null) continue;
  buffer += `${out}\n`;
  // Batched writes that respect back-pressure: a slow reader (a pipe into less) never makes us buffer all output.
  if (buffer.length > 64 * 1024) {
    if (!process.stdout.write(buffer)) await new Promise((resolve) => process.stdout.once('drain', resolve));
    buffer = '';
  }
}
if (buffer) process.stdout.write(buffer);
process.exitCode = failed ? 1 : 0;
