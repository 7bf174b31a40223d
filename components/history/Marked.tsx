// Text with the search terms marked, for list rows and the timeline.
import { markTerms } from './format';

export function Marked({ text, terms }: { text: string; terms: string[] }) {
  return markTerms(text, terms).map((part, index) =>
    part.mark ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder
      <mark key={index} className="rounded bg-amber-100 px-0.5 text-gray-900">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}
