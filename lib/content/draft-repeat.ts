// How close each draft is to the user's own recent posts on this site, asked from the background (which alone holds
// those texts) once typing pauses, and kept per text so a keystroke or a submit never waits for an answer.
import { clip, REPEAT_CHECK_CHARS } from '../limits';
import { textKey } from './draft-session';

/** Typing pause before asking: each keystroke must not cost a message and a history read. */
const WAIT_MS = 300;
/** Stock replies are fine to repeat; the rule ignores texts under six words, so they are not asked about. */
const MIN_WORDS = 6;
const KEEP = 50;

export class RepeatCheck {
  private readonly known = new Map<string, number>();
  private readonly asked = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private next: string | null = null;

  constructor(
    private readonly ask: (text: string) => Promise<{ similarity: number } | null>,
    /** An answer arrived: the drafts are checked again with it. */
    private readonly answered: () => void,
  ) {}

  /** The similarity of this exact text when known; else asks for it after a pause, and returns undefined now. */
  similarity(text: string): number | undefined {
    const key = textKey(clip(text, REPEAT_CHECK_CHARS));
    const known = this.known.get(key);
    if (known !== undefined || this.asked.has(key)) return known;
    if (key.split(' ').length >= MIN_WORDS) this.request(key);
    return undefined;
  }

  /** The user posted: a later draft repeating that post is a copy, whatever the background answered before. */
  forget(): void {
    this.known.clear();
    this.asked.clear();
  }

  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private request(key: string): void {
    this.next = key;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      const text = this.next;
      if (text === null || this.asked.has(text)) return;
      // Every paused-at text is remembered as asked; a long session of drafting must not grow this without end.
      if (this.asked.size >= KEEP * 4) this.asked.clear();
      this.asked.add(text);
      this.ask(text).then(
        (answer) => {
          if (!answer) return;
          if (this.known.size >= KEEP) this.known.clear();
          this.known.set(text, answer.similarity);
          this.answered();
        },
        // No answer (history unreadable, worker restarting): the draft is checked without this rule.
        () => this.asked.delete(text),
      );
    }, WAIT_MS);
  }
}
