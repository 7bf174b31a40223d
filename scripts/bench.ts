// npm run bench: prints performance figures. Benchmarks measure and print; they never fail a build.
import { runAnalysisBench } from './bench/analysis';
import { runDraftBench } from './bench/draft';
import { runThreadBench } from './bench/threads';

// `npm run bench -- analysis`, `-- threads` or `-- draft` runs one part (`-- draft badge` or `-- draft input` half of it); none runs everything.
const only = process.argv[2];
if (!only || only === 'analysis') await runAnalysisBench();
// Needs the built extension (npm run build) and Chromium.
if (!only || only === 'threads') await runThreadBench();
if (!only || only === 'draft') await runDraftBench(process.argv[3]);
