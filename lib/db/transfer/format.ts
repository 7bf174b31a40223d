// The history export file: a JSON document with one record per line, and the schema every imported record must
// pass. Persisted format: a change that old files cannot meet needs a new FORMAT_VERSION and a reader for the old.
import { z } from 'zod';
import { COMMENT_CHARS, clip } from '../../limits';
import { cutToCaps, draftFields, itemFields, recordKey, siteId, threadFields, time } from '../fields';

export { FORMAT, FORMAT_VERSION } from './version';

/** Checks that a key is `${site}:${id}`, as the database builds it, so a hand-edited file cannot split a record. */
const keyed = <T extends { key: string; site: string; id: string }>(record: T) =>
  record.key === `${record.site}:${record.id}`;
const keyMessage = { message: 'key', path: ['key'] };

// Fields are the background's (lib/db/fields.ts), except that texts and lists past a cap are cut, not refused: a file
// written before the caps still imports. Times and everything else are held to the same bounds as a message.

export const threadRecord = z
  .object({
    type: z.literal('thread'),
    key: recordKey,
    site: siteId,
    ...threadFields(cutToCaps),
    firstSeen: time,
    lastSeen: time,
  })
  .refine(keyed, keyMessage);

export const itemRecord = z
  .object({
    type: z.literal('item'),
    key: recordKey,
    site: siteId,
    threadKey: recordKey,
    ...itemFields(cutToCaps),
    // Cut below, so the item can say it was.
    text: z.string(),
    firstSeen: time,
    updatedAt: time,
    textVersions: z.number().int().positive(),
  })
  .refine(keyed, keyMessage)
  .transform((record) =>
    record.text.length > COMMENT_CHARS
      ? { ...record, text: clip(record.text, COMMENT_CHARS), truncated: true as const }
      : record,
  );

export const visitRecord = z.object({ type: z.literal('visit'), threadKey: recordKey, at: time });

export const draftRecord = z.object({
  type: z.literal('draft'),
  site: siteId,
  threadKey: recordKey.nullable(),
  ...draftFields(cutToCaps),
});

export const historyRecord = z.discriminatedUnion('type', [threadRecord, itemRecord, visitRecord, draftRecord]);

export type ThreadRecord = z.infer<typeof threadRecord>;
export type ItemRecord = z.infer<typeof itemRecord>;
export type VisitRecord = z.infer<typeof visitRecord>;
export type DraftFileRecord = z.infer<typeof draftRecord>;
export type HistoryRecord = z.infer<typeof historyRecord>;
