// npm run bench: prints performance figures. Benchmarks measure and print; they never fail a build.
import { runAnalysisBench } from './bench/analysis';
import { runDraftBench } from './bench/draft';
import { parseBenchArgs, setJsonOutput } from './bench/figures';
import { runHistoryBench } from './bench/history';
import { runThreadBench } from './bench/threads';

// `npm run bench -- analysis`, `-- threads`, `-- draft` or `-- history` runs one part (`-- draft badge` or `-- draft input` half of it,
// `-- threads xing` the fixtures whose site or file name holds the word); none runs everything.
// `--json` (anywhere): one JSON object per figure and line on stdout ({"part","name","value","unit","target"}),
// the readable text on stderr (`npm run --silent bench -- analysis --json`).
const { part: only, rest, json } = parseBenchArgs(process.argv.slice(2));
setJsonOutput(json);
if (!only || only === 'analysis') await runAnalysisBench();
// Needs the built extension (npm run build) and Chromium.
if (!only || only === 'threads') await runThreadBench(rest[0]);
if (!only || only === 'draft') await runDraftBench(rest[0]);
if (!only || only === 'history') await runHistoryBench();
