// npm run bench: prints performance figures. Benchmarks measure and print; they never fail a build.
import { runAnalysisBench } from './bench/analysis';
import { runThreadBench } from './bench/threads';

await runAnalysisBench();
// Needs the built extension (npm run build) and Chromium.
await runThreadBench();
