// Loaders for the labelled development sets in ../shared/data (see its README for sources and licences).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DATA_DIR = process.env.LF_DATA_DIR ?? resolve(import.meta.dirname, '../../../shared/data');

export interface Labelled<L> {
  id: string;
  text: string;
  label: L;
  /** Which file or part the row came from (a video, for YouTube): for per-part figures. */
  group: string;
}

function read(relative: string): string {
  const path = join(DATA_DIR, relative);
  if (!existsSync(path)) throw new Error(`Missing data file ${path} (set LF_DATA_DIR to the shared data folder)`);
  return readFileSync(path, 'utf8');
}

/** RFC 4180 CSV: quoted fields with doubled quotes and line breaks inside quotes. */
export function parseCsv(source: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

// Some YouTube rows were exported with HTML escapes and <br /> tags; a page shows them decoded, and so does
// the text a content script reads, so the evaluation decodes them too.
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
export function decodeHtml(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/&#(\d{1,6});/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]{1,6});/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** YouTube Spam Collection: CLASS 1 = spam. */
export function loadYoutubeSpam(): Labelled<boolean>[] {
  const dir = join(DATA_DIR, 'youtube-spam-dev');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort();
  return files.flatMap((file) => {
    const [header, ...rows] = parseCsv(read(join('youtube-spam-dev', file)));
    const col = (name: string) => header?.indexOf(name) ?? -1;
    const [id, content, cls] = [col('COMMENT_ID'), col('CONTENT'), col('CLASS')];
    return rows.map((r) => ({
      id: r[id] ?? '',
      text: decodeHtml(r[content] ?? ''),
      label: r[cls] === '1',
      group: file.replace(/\.csv$/, ''),
    }));
  });
}

/** GermEval 2018 training set: coarse OFFENSE / OTHER; "|LBR|" marks line breaks. */
export function loadGermEval(): Labelled<'OFFENSE' | 'OTHER'>[] {
  return read('germeval2018-train/germeval2018.training.txt')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const [text = '', coarse = ''] = line.split('\t');
      return {
        id: String(index + 1),
        text: text.replace(/\|LBR\|/g, '\n'),
        label: coarse.trim() === 'OFFENSE' ? 'OFFENSE' : 'OTHER',
        group: 'germeval2018-train',
      };
    });
}

export type Polarity = 'positive' | 'neutral' | 'negative';

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * GermEval 2017 development set (CC BY-NC 4.0: evaluation only): document polarity. Read for aggregate figures
 * only; no word list or threshold may be chosen from its rows.
 */
export function loadGermEval2017(): Labelled<Polarity>[] {
  const xml = read('germeval2017-dev/dev-2017-09-15.xml');
  const rows: Labelled<Polarity>[] = [];
  for (const doc of xml.matchAll(/<Document id="([^"]*)">([\s\S]*?)<\/Document>/g)) {
    const body = doc[2] ?? '';
    const label = /<sentiment>(positive|neutral|negative)<\/sentiment>/.exec(body)?.[1] as Polarity | undefined;
    const text = /<text>([\s\S]*?)<\/text>/.exec(body)?.[1];
    if (!label || text === undefined) continue;
    rows.push({
      id: doc[1] ?? String(rows.length + 1),
      text: text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name] ?? ''),
      label,
      group: 'germeval2017-dev',
    });
  }
  return rows;
}

/** VADER tweets: gold polarity from the mean rating (-4..4) / 4, with VADER's own ±0.05 bands. */
export function loadVaderTweets(): Labelled<Polarity>[] & { rating?: number }[] {
  return read('vader-tweets/tweets_GroundTruth.txt')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [id = '', rating = '0', ...rest] = line.split('\t');
      const score = Number(rating) / 4;
      const label: Polarity = score >= 0.05 ? 'positive' : score <= -0.05 ? 'negative' : 'neutral';
      return { id, text: rest.join('\t'), label, group: 'vader-tweets' };
    });
}

/** GermEval 2021 training set (no licence given, evaluation only): Sub1_Toxic. Never train on it. */
export function loadGermEval2021(): Labelled<boolean>[] {
  const [header, ...rows] = parseCsv(read('germeval2021-train/GermEval21_TrainData.csv'));
  const text = header?.indexOf('comment_text') ?? -1;
  const toxic = header?.indexOf('Sub1_Toxic') ?? -1;
  const id = header?.indexOf('comment_id') ?? -1;
  return rows.map((r) => ({
    id: r[id] ?? '',
    text: r[text] ?? '',
    label: r[toxic] === '1',
    group: 'germeval2021-train',
  }));
}
