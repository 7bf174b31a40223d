// The export file's name tag and format version, apart from the schema: exporting needs them, not zod.
export const FORMAT = 'listen-first-history';
export const FORMAT_VERSION = 1;
