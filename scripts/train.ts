// npm run train: trains the shipped models (hostile and promotional, German and English) from licence-clean data
// and the project's corpus, deterministically, and writes public/models/listen-first.bin with the hashes of the
// data and code that made it. Prints cross-validated figures, the stacker, its lines and the reliability tables.
// Options: --only <family>-<lang>[,…] trains those (the file keeps all models only on a full run; --dry writes nothing).
import { writeFileSync } from 'node:fs';
import { encodeWeights, type ModelHeader, type WeightsHeader } from '../lib/analysis/models/format';
import { binaryFigures, formatBinary } from './eval/measures';
import { WEIGHTS_FILE } from './train/files';
import { dataHash, scriptHash } from './train/hashes';
import { trainModel } from './train/pipeline';
import { SPECS } from './train/sources';
import { formatReliability } from './train/stacker';

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1]?.split(',') : null;
const dry = process.argv.includes('--dry') || only !== null;

const headers: ModelHeader[] = [];
const weights: Int8Array[] = [];
let offset = 0;
for (const spec of SPECS) {
  const name = `${spec.family}-${spec.lang}`;
  if (only && !only.includes(name)) continue;
  const started = performance.now();
  const rows = spec.rows();
  const trained = trainModel(spec.family, spec.lang, spec.bits, rows);
  const { oof, lines } = trained;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\n${name}: ${rows.length} rows (${oof.labels.filter((l) => l === 1).length} positive), ${seconds} s`);
  console.log(`  stacker ${JSON.stringify(trained.header.stack)}  lines ${JSON.stringify(lines)}`);
  console.log('  5-fold cross-validated, at the normal line:');
  console.log(
    formatBinary(
      'rules alone',
      binaryFigures(
        oof.labels,
        oof.rules.map((s) => s >= 0.5),
      ),
    ),
  );
  console.log(
    formatBinary(
      'model alone (logit ≥ 0)',
      binaryFigures(
        oof.labels,
        oof.model.map((z) => z >= 0),
      ),
    ),
  );
  console.log(
    formatBinary(
      'stacked',
      binaryFigures(
        oof.labels,
        oof.stacked.map((p) => p >= lines.normal),
      ),
    ),
  );
  console.log('  reliability of the stacked probability (out of fold):');
  console.log(formatReliability(trained.reliability));
  headers.push({ ...trained.header, offset });
  weights.push(trained.weights);
  offset += trained.weights.length;
}

if (!dry) {
  const header: WeightsHeader = {
    version: 1,
    dataHash: dataHash(SPECS.flatMap((s) => s.files())),
    scriptHash: scriptHash(),
    models: headers,
  };
  const bytes = encodeWeights(header, weights);
  writeFileSync(WEIGHTS_FILE, bytes);
  console.log(
    `\nWrote ${WEIGHTS_FILE}: ${(bytes.length / 1024).toFixed(1)} KB, data ${header.dataHash.slice(0, 12)}, script ${header.scriptHash.slice(0, 12)}`,
  );
}
