// Command-line contract: output shape per line, errors that name the line and keep the run going, and the
// real script end to end (file, standard input, unreadable file).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processLine } from './jsonl';

describe('processLine', () => {
  it('prints the documented fields', () => {
    const out = JSON.parse(
      processLine(JSON.stringify({ id: 'a1', text: 'Danke, das hilft mir sehr!', lang: 'de' }), 1) ?? '',
    );
    expect(Object.keys(out)).toEqual(['id', 'lang', 'tone', 'promotional', 'hostile', 'verdict', 'findings']);
    expect(out.id).toBe('a1');
    expect(out.lang).toBe('de');
    expect(Object.keys(out.tone)).toEqual(['label', 'score']);
    expect(Object.keys(out.promotional)).toEqual(['score', 'flagged']);
    expect(['ok', 'caution', 'warn']).toContain(out.verdict);
  });

  it.each([
    ['{"id": "x", "text": 5}', 'x', '"text" must be a string'],
    ['{"text": "hi", "lang": 7}', 3, '"lang" must be a string'],
    ['[1,2]', 3, 'expected a JSON object'],
    ['{"id": "broken", "text": ', 3, 'invalid JSON'],
    ['null', 3, 'expected a JSON object'],
  ])('reports %s as an error line with its id or line number', (line, id, error) => {
    const out = JSON.parse(processLine(line, 3) ?? '');
    expect(out.id).toBe(id);
    expect(out.error).toContain(error);
  });

  it('skips blank lines', () => expect(processLine('   ', 1)).toBeNull());
});

describe('scripts/analyze.ts', () => {
  const root = resolve(import.meta.dirname, '../..');
  const run = (args: string[], stdin?: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args], {
      cwd: root,
      input: stdin,
      encoding: 'utf8',
    });

  it('reads a file, answers every line in order and goes on after a bad one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lf-cli-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(
      file,
      [
        '{"id":"1","text":"Buy now!!!"}',
        'not json',
        '',
        '{"id":"3","text":"Wie finden Sie das?","lang":"de"}',
        '',
      ].join('\n'),
    );
    const result = run([file]);
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['1', 2, '3']);
    expect(lines[1].error).toContain('invalid JSON');
    expect(lines[2].lang).toBe('de');
  });

  it('reads standard input', () => {
    const result = run([], '{"id":"s","text":"hello"}\n');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).id).toBe('s');
  });

  it('exits non-zero when the input cannot be read', () => {
    const result = run(['/nonexistent/input.jsonl']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('cannot read');
  });
});
