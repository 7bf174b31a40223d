// npm run bench: prints performance figures. Benchmarks measure and print; they never fail a build.
import { runAnalysisBench } from './bench/analysis';
import { runDraftBench } from './bench/draft';
import { runHistoryBench } from './bench/history';
import { runThreadBench } from './bench/threads';

// `npm run bench -- analysis`, `-- threads`, `-- draft` or `-- history` runs one part (`-- draft badge` or `-- draft input` half of it); none runs everything.
const only = process.argv[2];
if (!only || only === 'analysis') await runAnalysisBench();
// Needs the built extension (npm run build) and Chromium.
if (!only || only === 'threads') await runThreadBench();
if (!only || only === 'draft') await runDraftBench(process.argv[3]);
if (!only || only === 'history') await runHistoryBench();
