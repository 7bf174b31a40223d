// Export and import: a round trip restores the same history, a second import adds nothing, and a broken or
// foreign file is refused with the problem and the line, leaving the database as it was.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  COMMENT_CHARS,
  DRAFT_STORED_CHARS,
  FINDING_ACTUAL_CHARS,
  FINDINGS_PER_DRAFT,
  NAME_CHARS,
  ROOT_TEXT_CHARS,
} from '../../limits';
import { recordDraft } from '../drafts';
import { type StoredItemInput, saveBatch } from '../history';
import type { HistoryDb } from '../schema';
import { freshDb } from '../test-db';
import { csvCell, exportCsvParts, exportJsonParts, readSnapshot } from './export';
import { recordLines } from './lines';
import { importRecords } from './merge';
import { parseExport } from './parse';

const T0 = Date.UTC(2026, 10, 20, 9, 0);
afterEach(() => {
  vi.restoreAllMocks();
});
const item = (id: string, text: string, over: Partial<StoredItemInput> = {}): StoredItemInput => ({
  id,
  parentId: null,
  author: { name: 'Jana Muster', handle: '@jana' },
  text,
  time: T0,
  own: false,
  tone: 'negative',
  toneScore: -0.5,
  flags: { hostile: true, promotional: false, complaint: true, question: false, watchlist: ['lieferung'] },
  ...over,
});

async function seeded(): Promise<HistoryDb> {
  const db = freshDb();
  await saveBatch(
    db,
    {
      thread: {
        site: 'facebook',
        id: '1',
        url: 'https://www.facebook.com/stadtwerke/posts/1',
        rootText: 'Neue Tarife',
        rootAuthor: 'Stadtwerke',
      },
      items: [
        item('c1', 'Schon wieder teurer? "Unverschämt", sag ich.\nZweite Zeile'),
        item('c2', 'Danke 🙏 für die Info', { tone: 'positive', own: true }),
      ],
      visitAt: T0,
    },
    T0,
  );
  await recordDraft(db, {
    at: T0 + 1000,
    site: 'facebook',
    threadKey: 'facebook:1',
    url: 'https://www.facebook.com/stadtwerke/posts/1',
    composer: 'reply',
    outcome: 'anyway',
    verdict: 'warn',
    findings: [{ ruleId: 'promo.cta', category: 'promotional', severity: 'warn', actual: 'Jetzt zugreifen' }],
    text: 'Jetzt zugreifen!',
    chars: 16,
    lang: 'de',
  });
  return db;
}

const exported = async (db: HistoryDb) => exportJsonParts(await readSnapshot(db), T0).join('');
const withoutStamp = (file: string) => file.replace(/"exportedAt":"[^"]+"/, '');

describe('export and import', () => {
  it('restores the same history into an empty database, summaries and search included', async () => {
    const source = await seeded();
    const file = await exported(source);
    const parsed = parseExport(file);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const target = freshDb();
    const result = await importRecords(target, parsed.records);
    expect(result.threads.added).toBe(1);
    expect(result.items.added).toBe(2);
    expect(result.visits.added).toBe(1);
    expect(result.drafts.added).toBe(1);
    expect(withoutStamp(await exported(target))).toBe(withoutStamp(file));
    expect(await target.threads.get('facebook:1')).toEqual(await source.threads.get('facebook:1'));
    expect(await target.items.where('words').startsWith('unversch').count()).toBe(1);
  });

  it('merges without duplicates: importing the same file twice adds nothing the second time', async () => {
    const db = await seeded();
    const parsed = parseExport(await exported(db));
    if (!parsed.ok) throw new Error('parse');
    const result = await importRecords(db, parsed.records);
    expect(result).toEqual({
      threads: { added: 0, merged: 0, skipped: 1 },
      items: { added: 0, merged: 0, skipped: 2 },
      visits: { added: 0, merged: 0, skipped: 1 },
      drafts: { added: 0, merged: 0, skipped: 1 },
    });
    expect(await db.items.count()).toBe(2);
    expect(await db.drafts.count()).toBe(1);
    expect((await db.threads.get('facebook:1'))?.summary.items).toBe(2);
  });

  it('a newer read of a comment in the file replaces the stored one and moves the tone count', async () => {
    const db = await seeded();
    const file = (await exported(db))
      .replace('"tone":"negative"', '"tone":"neutral"')
      .replace(`"updatedAt":${T0},"textVersions":1}`, `"updatedAt":${T0 + 5},"textVersions":1}`);
    const parsed = parseExport(file);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const result = await importRecords(db, parsed.records);
    expect(result.items.merged).toBe(1);
    expect((await db.threads.get('facebook:1'))?.summary).toMatchObject({
      items: 2,
      negative: 0,
      neutral: 1,
      positive: 1,
    });
  });

  it('rolls back everything when a write fails midway', async () => {
    const db = await seeded();
    const parsed = parseExport(await exported(db));
    if (!parsed.ok) throw new Error('parse');
    const target = freshDb();
    await target.open();
    vi.spyOn(target.drafts, 'bulkAdd').mockRejectedValue(
      Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }),
    );
    await expect(importRecords(target, parsed.records)).rejects.toThrow();
    expect(await target.threads.count()).toBe(0);
    expect(await target.items.count()).toBe(0);
    expect(await target.visits.count()).toBe(0);
  });
});

describe('parseExport refuses', () => {
  it('broken JSON, naming the line', async () => {
    const file = (await exported(await seeded())).replace('"site":"facebook","id":"c2"', '"site":"facebook" "id":"c2"');
    const result = parseExport(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems[0];
    expect(problem?.code).toBe('syntax');
    const line = file.split('\n').findIndex((l) => l.includes('"facebook" "id"')) + 1;
    expect(problem?.code === 'syntax' && problem.line).toBe(line);
  });

  it('a foreign JSON file, an empty file, and a file from a newer version', () => {
    expect(parseExport('{"tweets":[]}')).toEqual({ ok: false, problems: [{ code: 'notExport' }] });
    expect(parseExport('[1,2,3]')).toEqual({ ok: false, problems: [{ code: 'notExport' }] });
    expect(parseExport('  \n')).toEqual({ ok: false, problems: [{ code: 'empty' }] });
    expect(parseExport('{"format":"listen-first-history","version":9,"records":[]}')).toEqual({
      ok: false,
      problems: [{ code: 'newerVersion', version: 9 }],
    });
  });

  it('a record with a wrong field, naming the line, the record type and the field', async () => {
    const file = (await exported(await seeded())).replace('"tone":"positive"', '"tone":"angry"');
    const result = parseExport(file);
    if (result.ok) throw new Error('accepted');
    const line = file.split('\n').findIndex((l) => l.includes('"angry"')) + 1;
    expect(result.problems).toEqual([
      {
        code: 'record',
        line,
        index: 2,
        recordType: 'item',
        field: 'tone',
        issue: { kind: 'value', values: ['positive', 'neutral', 'negative'] },
      },
    ]);
  });

  it('missing fields, an unknown record type, a key that does not match its id, a comment without its thread', () => {
    const seen = `"url":"https://x.com/a/status/9","firstSeen":${T0},"lastSeen":${T0}`;
    const file = [
      '{"format":"listen-first-history","version":1,"records":[',
      `{"type":"thread","key":"x:9","site":"x","id":"9",${seen}},`,
      '{"type":"visit","threadKey":"x:9"},',
      '{"type":"tweet"},',
      `{"type":"thread","key":"x:1","site":"x","id":"2",${seen}}`,
      ']}',
    ].join('\n');
    const result = parseExport(file);
    if (result.ok) throw new Error('accepted');
    expect(result.problems.map((p) => (p.code === 'record' ? [p.line, p.field, p.issue.kind] : p.code))).toEqual([
      [3, 'at', 'missing'],
      [4, 'type', 'value'],
      [5, 'key', 'key'],
    ]);
    const orphan = parseExport(
      `{"format":"listen-first-history","version":1,"records":[\n{"type":"visit","threadKey":"x:9","at":${T0}}\n]}`,
    );
    expect(orphan).toEqual({ ok: false, problems: [{ code: 'unknownThread', line: 2, index: 0, threadKey: 'x:9' }] });
  });
});

describe('bounds', () => {
  const header = '{"format":"listen-first-history","version":1,"records":[';
  const thread = (over = '') =>
    `{"type":"thread","key":"x:9","site":"x","id":"9","url":"https://x.com/a/status/9","firstSeen":${T0},"lastSeen":${T0}${over}}`;
  const comment = (over: Record<string, unknown> = {}) =>
    JSON.stringify({
      type: 'item',
      key: 'x:c1',
      site: 'x',
      id: 'c1',
      threadKey: 'x:9',
      parentId: null,
      author: { name: 'Jana' },
      text: 'Hallo',
      time: T0,
      own: false,
      tone: 'neutral',
      toneScore: 0,
      flags: { hostile: false, promotional: false, complaint: false, question: false, watchlist: [] },
      firstSeen: T0,
      updatedAt: T0,
      textVersions: 1,
      ...over,
    });
  const file = (...records: string[]) => [header, records.join(',\n'), ']}'].join('\n');

  it('refuses impossible times with the line and the field', () => {
    const result = parseExport(
      file(
        thread(),
        comment({ time: 9e15 }),
        comment({ firstSeen: Date.UTC(2003, 11, 31) }),
        comment({ updatedAt: T0 + 0.5 }),
        `{"type":"visit","threadKey":"x:9","at":${Date.now() + 2 * 86_400_000}}`,
        thread(',"x":1').replace(`"lastSeen":${T0}`, '"lastSeen":-1'),
      ),
    );
    if (result.ok) throw new Error('accepted');
    const time = { kind: 'range', time: true };
    expect(result.problems.map((p) => (p.code === 'record' ? [p.line, p.recordType, p.field, p.issue] : p))).toEqual([
      [3, 'item', 'time', time],
      [4, 'item', 'firstSeen', time],
      [5, 'item', 'updatedAt', time],
      [6, 'visit', 'at', time],
      [7, 'thread', 'lastSeen', time],
    ]);
  });

  it('refuses addresses that are not https', () => {
    const result = parseExport(file(thread().replace('https://x.com/a/status/9', 'javascript:alert(1)')));
    if (result.ok) throw new Error('accepted');
    expect(result.problems).toMatchObject([{ code: 'record', line: 2, field: 'url', issue: { kind: 'invalid' } }]);
  });

  it('cuts an older file’s over-long texts to the caps, flagging the comment, instead of refusing the file', async () => {
    const finding = { ruleId: 'r', category: 'spam', severity: 'warn', actual: 'a'.repeat(FINDING_ACTUAL_CHARS + 9) };
    const post = JSON.stringify({
      type: 'draft',
      at: T0,
      site: 'x',
      threadKey: 'x:9',
      url: 'https://x.com/a/status/9',
      composer: 'reply',
      outcome: 'clean',
      verdict: 'ok',
      findings: Array(FINDINGS_PER_DRAFT + 50).fill(finding),
      text: 'd'.repeat(DRAFT_STORED_CHARS * 2),
      chars: DRAFT_STORED_CHARS * 2,
      lang: 'de',
    });
    const result = parseExport(
      file(
        thread(`,"rootText":"${'r'.repeat(ROOT_TEXT_CHARS + 1)}"`),
        comment({ text: `${'t'.repeat(COMMENT_CHARS - 1)}😀 and more`, author: { name: 'n'.repeat(NAME_CHARS * 2) } }),
        post,
      ),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const db = freshDb();
    await importRecords(db, result.records);
    expect((await db.threads.get('x:9'))?.rootText).toHaveLength(ROOT_TEXT_CHARS);
    const stored = await db.items.get('x:c1');
    // The emoji's surrogate pair would be split at the cap: it goes whole.
    expect(stored?.text).toBe('t'.repeat(COMMENT_CHARS - 1));
    expect(stored?.truncated).toBe(true);
    expect(stored?.author.name).toHaveLength(NAME_CHARS);
    const [row] = await db.drafts.toArray();
    expect(row?.text).toHaveLength(DRAFT_STORED_CHARS);
    expect(row?.chars).toBe(DRAFT_STORED_CHARS * 2);
    expect(row?.findings).toHaveLength(FINDINGS_PER_DRAFT);
    expect(row?.findings[0]?.actual).toHaveLength(FINDING_ACTUAL_CHARS);
  });

  it('carries the truncated flag through export and import', async () => {
    const source = await seeded();
    await source.items.update('facebook:c1', { truncated: true });
    const text = await exported(source);
    expect(text).toContain('"truncated":true');
    const parsed = parseExport(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const target = freshDb();
    await importRecords(target, parsed.records);
    expect((await target.items.get('facebook:c1'))?.truncated).toBe(true);
    expect(await target.items.get('facebook:c2')).not.toHaveProperty('truncated');
  });
});

describe('recordLines', () => {
  it('finds each record start however the file is laid out, strings with brackets included', () => {
    const text = '{"records": [ {"a":"[{,}]"},\n\n  {"b":[1,{"c":2}]} ,\n"s", 7\n], "x": {"records":[{}]}}';
    expect(recordLines(text)).toEqual([1, 3, 4, 4]);
  });
});

describe('CSV export', () => {
  it('quotes every cell and doubles quotes inside', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(true)).toBe('"true"');
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+49 170 1234567', "'+49 170 1234567"],
    ['-2', "'-2"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1', "'\t'=1"],
    ['\r=1', "'\r'=1"],
    ['=HYPERLINK("https://evil.example","klick")', `'=HYPERLINK(""https://evil.example"",""klick"")`],
    ['a;=HYPERLINK("x")', `a;'=HYPERLINK(""x"")`],
    ['a,=1+1', "a,'=1+1"],
    ['a\t@SUM(1)', "a\t'@SUM(1)"],
    ['x\n@SUM(A1)', "x\n'@SUM(A1)"],
    ['x\r\n-1+1', "x\r\n'-1+1"],
    ['\uFF1D1+1', "'\uFF1D1+1"],
    ['a;\uFF0B1', "a;'\uFF0B1"],
    ['a \uFF20x', 'a \uFF20x'],
    ['Preis: -2 € statt 3 €', 'Preis: -2 € statt 3 €'],
    ['E-Mail an info@example.com', 'E-Mail an info@example.com'],
    ['1+1=2', '1+1=2'],
  ])('defuses every place a formula could start: %j', (input, inner) => {
    expect(csvCell(input)).toBe(`"${inner}"`);
  });

  it('writes a BOM, a quoted header, and one row per thread, comment and post', async () => {
    const db = await seeded();
    await db.items.update('facebook:c2', { truncated: true });
    const csv = exportCsvParts(await readSnapshot(db)).join('');
    expect(csv.startsWith('\uFEFF"type","site","thread",')).toBe(true);
    // Rows end in CRLF; a line break inside a quoted text is a bare LF, so this split keeps each record whole.
    const rows = csv.slice(1).split('\r\n').filter(Boolean);
    expect(rows.map((r) => r.split(',')[0])).toEqual(['"type"', '"thread"', '"comment"', '"comment"', '"post"']);
    expect(csv).toContain('"Schon wieder teurer? ""Unverschämt"", sag ich.\nZweite Zeile"');
    expect(csv).toContain('"hostile complaint watchlist:lieferung"');
    expect(rows[3]).toContain('"hostile complaint truncated watchlist:lieferung"');
    expect(rows[4]).toContain(',"anyway","warn","promo.cta","Jetzt zugreifen!",');
  });
});
