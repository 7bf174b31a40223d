// npm run bench: prints performance figures. Benchmarks measure and print; they never fail a build.
import { runAnalysisBench } from './bench/analysis';

await runAnalysisBench();
