// The history export file: a JSON document with one record per line, and the schema every imported record must
// pass. Persisted format: a change that old files cannot meet needs a new FORMAT_VERSION and a reader for the old.
import { z } from 'zod';
import { SITE_IDS } from '../../sites/registry';

export { FORMAT, FORMAT_VERSION } from './version';

const site = z.enum(SITE_IDS);
const time = z.number().int().nonnegative();
const text = z.string().max(100_000);
const short = z.string().max(2_000);

/** Checks that a key is `${site}:${id}`, as the database builds it, so a hand-edited file cannot split a record. */
const keyed = <T extends { key: string; site: string; id: string }>(record: T) =>
  record.key === `${record.site}:${record.id}`;
const keyMessage = { message: 'key', path: ['key'] };

export const threadRecord = z
  .object({
    type: z.literal('thread'),
    key: short,
    site,
    id: short.min(1),
    url: short,
    rootText: text.optional(),
    rootAuthor: short.optional(),
    firstSeen: time,
    lastSeen: time,
  })
  .refine(keyed, keyMessage);

export const itemRecord = z
  .object({
    type: z.literal('item'),
    key: short,
    site,
    id: short.min(1),
    threadKey: short,
    parentId: short.nullable(),
    author: z.object({ name: short, handle: short.optional(), profileUrl: short.optional() }),
    text,
    time: time.nullable(),
    permalink: short.optional(),
    own: z.boolean(),
    tone: z.enum(['positive', 'neutral', 'negative']),
    toneScore: z.number().min(-1).max(1),
    flags: z.object({
      hostile: z.boolean(),
      promotional: z.boolean(),
      complaint: z.boolean(),
      question: z.boolean(),
      watchlist: z.array(short).max(200),
    }),
    firstSeen: time,
    updatedAt: time,
    textVersions: z.number().int().positive(),
  })
  .refine(keyed, keyMessage);

export const visitRecord = z.object({ type: z.literal('visit'), threadKey: short, at: time });

export const draftRecord = z.object({
  type: z.literal('draft'),
  at: time,
  site,
  threadKey: short.nullable(),
  url: short,
  composer: z.enum(['comment', 'reply', 'post']),
  outcome: z.enum(['clean', 'edited', 'anyway', 'abandoned']),
  verdict: z.enum(['ok', 'caution', 'warn']),
  findings: z
    .array(
      z.object({
        ruleId: short,
        category: short,
        severity: z.enum(['info', 'caution', 'warn']),
        actual: short.optional(),
      }),
    )
    .max(500),
  text: text.optional(),
  chars: z.number().int().nonnegative(),
  lang: short,
});

export const historyRecord = z.discriminatedUnion('type', [threadRecord, itemRecord, visitRecord, draftRecord]);

export type ThreadRecord = z.infer<typeof threadRecord>;
export type ItemRecord = z.infer<typeof itemRecord>;
export type VisitRecord = z.infer<typeof visitRecord>;
export type DraftFileRecord = z.infer<typeof draftRecord>;
export type HistoryRecord = z.infer<typeof historyRecord>;
