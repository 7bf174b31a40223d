// Line numbers for an import's error messages: where each element of the file's "records" array starts, and where
// a JSON syntax error is. A scanner, not a parser: JSON.parse has already said whether the text is valid.
import { errorMessage } from '../../error-message';

/** 1-based start line of each element of the top-level object's "records" array, in order. */
export function recordLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let stringStart = 0;
  let lastKey = '';
  let inRecords = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10) line += 1;
    if (inString) {
      if (c === 92)
        i += 1; // backslash: skip the escaped character
      else if (c === 34) {
        inString = false;
        if (depth === 1) lastKey = text.slice(stringStart + 1, i);
      }
      continue;
    }
    if (c === 34) {
      inString = true;
      stringStart = i;
      if (inRecords && depth === 2 && expectElement) {
        lines.push(line);
        expectElement = false;
      }
    } else if (c === 123 || c === 91) {
      depth += 1;
      if (depth === 2 && c === 91 && lastKey === 'records') {
        inRecords = true;
        expectElement = true;
      } else if (inRecords && depth === 3 && expectElement) {
        lines.push(line);
        expectElement = false;
      }
    } else if (c === 125 || c === 93) {
      if (depth === 2 && inRecords) inRecords = false;
      depth -= 1;
    } else if (c === 44 && inRecords && depth === 2) {
      expectElement = true;
    } else if (inRecords && depth === 2 && expectElement && c > 32) {
      // A number, true, false or null as an element: wrong, but it has a line too.
      lines.push(line);
      expectElement = false;
    }
  }
  return lines;
}

/** Line and column of a JSON.parse error, from the engine's message (V8 gives a line, or at least a position). */
export function syntaxErrorPlace(text: string, error: unknown): { line: number; column: number } | null {
  const message = errorMessage(error);
  const direct = /line (\d+) column (\d+)/.exec(message);
  if (direct) return { line: Number(direct[1]), column: Number(direct[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return null;
  const offset = Math.min(Number(position[1]), text.length);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
