// Whether a stored link may be opened: https only. Its own file, without zod, so pages that only open links
// (the reply queue) do not load the import schema that also checks with it.
export function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}
