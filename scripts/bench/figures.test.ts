import { afterEach, describe, expect, it } from 'vitest';
import { figure, formatFigure, parseBenchArgs, setJsonOutput, slug } from './figures';

describe('bench figures', () => {
  afterEach(() => setJsonOutput(false, () => {}));

  it('formats one figure as a JSON object with the five keys in order', () => {
    const line = formatFigure({
      part: 'history',
      name: 'history.search.median.rueckruf',
      value: 12.345678,
      unit: 'ms',
      target: 100,
    });
    expect(line).toBe(
      '{"part":"history","name":"history.search.median.rueckruf","value":12.346,"unit":"ms","target":100}',
    );
    expect(Object.keys(JSON.parse(line))).toEqual(['part', 'name', 'value', 'unit', 'target']);
  });

  it('writes null for a missing target and for a value that is not a finite number', () => {
    const line = formatFigure({
      part: 'draft',
      name: 'draft.badge.p95.x_draft_js.280',
      value: Number.NaN,
      unit: 'ms',
      target: null,
    });
    expect(JSON.parse(line)).toEqual({
      part: 'draft',
      name: 'draft.badge.p95.x_draft_js.280',
      value: null,
      unit: 'ms',
      target: null,
    });
  });

  it('accepts only lowercase dotted names under the part', () => {
    const bad = ['History.search', 'history.search median', 'history..search', 'analysis.x', 'history.', 'history.sü'];
    for (const name of bad)
      expect(() => formatFigure({ part: 'history', name, value: 1, unit: 'ms', target: null })).toThrow();
  });

  it('makes stable name segments from labels', () => {
    expect(slug('rückruf')).toBe('rueckruf');
    expect(slug('gibt es nicht')).toBe('gibt_es_nicht');
    expect(slug('linkedin (TipTap)')).toBe('linkedin_tiptap');
    expect(slug('xing (textarea)')).toBe('xing_textarea');
    expect(slug('dotted labels a.a.a…')).toBe('dotted_labels_a_a_a');
    expect(slug('one-5mb')).toBe('one_5mb');
    expect(slug('long-thread-de')).toBe('long_thread_de');
  });

  it('emits JSON lines only with --json', () => {
    const lines: string[] = [];
    setJsonOutput(false, (l) => lines.push(l));
    figure('threads', 'threads.marked_after_load.facebook.long_thread_de', 0.25, 's', 0.5);
    expect(lines).toEqual([]);
    setJsonOutput(true, (l) => lines.push(l));
    expect(figure('threads', 'threads.marked_after_load.facebook.long_thread_de', 0.25, 's', 0.5)).toBe(0.25);
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      {
        part: 'threads',
        name: 'threads.marked_after_load.facebook.long_thread_de',
        value: 0.25,
        unit: 's',
        target: 0.5,
      },
    ]);
  });

  it('parses the --json flag anywhere and keeps the rest in order', () => {
    expect(parseBenchArgs([])).toEqual({ part: undefined, rest: [], json: false });
    expect(parseBenchArgs(['analysis'])).toEqual({ part: 'analysis', rest: [], json: false });
    expect(parseBenchArgs(['analysis', '--json'])).toEqual({ part: 'analysis', rest: [], json: true });
    expect(parseBenchArgs(['--json', 'draft', 'badge'])).toEqual({ part: 'draft', rest: ['badge'], json: true });
    expect(parseBenchArgs(['draft', '--json', 'input'])).toEqual({ part: 'draft', rest: ['input'], json: true });
    expect(parseBenchArgs(['--json'])).toEqual({ part: undefined, rest: [], json: true });
  });
});
