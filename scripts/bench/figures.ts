// One emitter for every figure the benchmarks print. Without --json the readable lines go to stdout as before; with
// --json stdout carries only one JSON object per figure and line ({"part","name","value","unit","target"}), and the
// readable text moves to stderr. Both come from the same numbers: a part reports a figure here where it prints it.

export type Unit = 'µs' | 'ms' | 's' | 'KB' | 'count';

export interface Figure {
  part: string;
  name: string;
  value: number | null;
  unit: Unit;
  target: number | null;
}

export interface BenchArgs {
  /** The part to run (analysis, threads, draft, history), or undefined for all of them. */
  part?: string;
  /** What follows the part, e.g. `badge` or `input` for the draft part. */
  rest: string[];
  json: boolean;
}

/** `bench [part] [sub…] [--json]`: the flag may stand anywhere; everything else keeps its order. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const json = argv.includes('--json');
  const [part, ...rest] = argv.filter((a) => a !== '--json');
  return { part, rest, json };
}

/** Lowercase dotted: segments of a–z, 0–9 and underscores. */
const NAME = /^[a-z0-9_]+(\.[a-z0-9_]+)*$/;

/** One name segment from free text: "linkedin (TipTap)" → "linkedin_tiptap", "rückruf" → "rueckruf". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** The JSON line of one figure; names are checked so a typo cannot silently change what a consumer reads. */
export function formatFigure(figure: Figure): string {
  if (!NAME.test(figure.name) || !figure.name.startsWith(`${figure.part}.`))
    throw new Error(`bench figure name "${figure.name}" is not lowercase dotted under "${figure.part}."`);
  const value = figure.value === null || !Number.isFinite(figure.value) ? null : Number(figure.value.toFixed(3));
  return JSON.stringify({ part: figure.part, name: figure.name, value, unit: figure.unit, target: figure.target });
}

let jsonMode = false;
let writeLine: (line: string) => void = (line) => process.stdout.write(`${line}\n`);

/**
 * Switches to JSON output: console.log (every readable line of the parts) goes to stderr, stdout gets the figures.
 * `write` replaces the stdout writer (for tests).
 */
export function setJsonOutput(on: boolean, write?: (line: string) => void): void {
  jsonMode = on;
  if (write) writeLine = write;
  if (on && !write) console.log = console.error;
}

/** Reports one figure: a JSON line in --json mode, nothing otherwise (the readable line is printed by the part). */
export function figure(part: string, name: string, value: number | null, unit: Unit, target: number | null = null) {
  const line = formatFigure({ part, name, value, unit, target });
  if (jsonMode) writeLine(line);
  return value;
}
