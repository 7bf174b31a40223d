// Elongated words ("soooo gooood", "suuuper"): letters repeated for emphasis are folded back to the spelling.

/** "soooo gooood" -> "soo good": letters repeated three times or more are emphasis, not spelling. */
export function collapseRepeats(word: string): string | null {
  let first = -1;
  for (let i = 2; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) && c === word.charCodeAt(i - 2)) {
      first = i;
      break;
    }
  }
  if (first < 0) return null;
  let out = word.slice(0, first);
  for (let i = first; i < word.length; i++) {
    const c = word[i];
    if (c === word[i - 1] && c === word[i - 2]) continue;
    out += c;
  }
  return out;
}
