// The command line's per-line contract: one JSON input line in, one JSON result line out. Kept pure so it is
// tested without a process; scripts/analyze.ts does the reading and writing.
import { analyze } from './index';

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** Returns the output line (without newline) for one input line, or null for a blank line. */
export function processLine(line: string, lineNumber: number): string | null {
  if (line.trim() === '') return null;
  let id: unknown = lineNumber;
  try {
    const parsed: unknown = JSON.parse(line);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('expected a JSON object');
    const record = parsed as Record<string, unknown>;
    if (typeof record.id === 'string' || typeof record.id === 'number') id = record.id;
    if (typeof record.text !== 'string') throw new Error('"text" must be a string');
    if (record.lang !== undefined && typeof record.lang !== 'string') throw new Error('"lang" must be a string');
    const result = analyze(record.text, { langHint: record.lang as string | undefined, mode: 'item' });
    return JSON.stringify({
      id,
      lang: result.lang,
      tone: { label: result.tone.label, score: round(result.tone.score) },
      promotional: { score: round(result.promotional.score), flagged: result.promotional.flagged },
      hostile: { score: round(result.hostile.score), flagged: result.hostile.flagged },
      verdict: result.verdict,
      findings: result.findings,
    });
  } catch (error) {
    const message =
      error instanceof SyntaxError ? `invalid JSON: ${error.message}` : String((error as Error).message ?? error);
    return JSON.stringify({ id, error: message });
  }
}
