// npm run bench: prints performance figures. Benchmarks measure and print; they never fail a build.
import { runAnalysisBench } from './bench/analysis';
import { runThreadBench } from './bench/threads';

// `npm run bench -- analysis` or `-- threads` runs one part; no argument runs everything.
const only = process.argv[2];
if (!only || only === 'analysis') await runAnalysisBench();
// Needs the built extension (npm run build) and Chromium.
if (!only || only === 'threads') await runThreadBench();
