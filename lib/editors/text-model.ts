// Reads a contenteditable editor's DOM as text with a map from text offsets back to DOM positions. All four
// frameworks render blocks (p, div[data-block], li) with text nodes inside; one walker serves them all.

/** A run of the text that comes from one DOM node (a text node, or an element read as a fixed string). */
interface Piece {
  node: Node;
  start: number;
  end: number;
  /** True for text nodes, whose characters map one to one; false for an img read by its alt text. */
  text: boolean;
}

export interface TextModel {
  text: string;
  pieces: Piece[];
}

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'SECTION',
  'ARTICLE',
]);

/** Zero-width characters editors keep for caret handling (Quill's cursor, ProseMirror's and Lexical's guards). */
const CARET_GUARD = /^[\u200b\ufeff]*$/;

/** A <br> that only keeps an empty or trailing line open ("<p><br></p>", ProseMirror's trailing break) adds no line. */
function isTrailingBreak(br: Element): boolean {
  let next = br.nextSibling;
  while (next && next.nodeType === 3 && CARET_GUARD.test(next.nodeValue ?? '')) next = next.nextSibling;
  return next === null && br.parentElement !== null && isBlock(br.parentElement);
}

function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName) || element.hasAttribute('data-block');
}

function skipped(element: Element): boolean {
  const tag = element.tagName;
  return tag === 'STYLE' || tag === 'SCRIPT' || tag === 'TEMPLATE' || element.getAttribute('aria-hidden') === 'true';
}

export function readTextModel(root: HTMLElement): TextModel {
  let text = '';
  const pieces: Piece[] = [];
  // A line break is owed between blocks; it is written only when more content follows, so no trailing newline.
  let owed = false;
  let started = false;

  const emit = (piece: string, node: Node | null, isText: boolean) => {
    if (owed && started) text += '\n';
    owed = false;
    started = true;
    if (node && piece) pieces.push({ node, start: text.length, end: text.length + piece.length, text: isText });
    text += piece;
  };

  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (value && !CARET_GUARD.test(value)) emit(value, node, true);
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (skipped(element)) return;
    if (element.tagName === 'BR') {
      if (!isTrailingBreak(element)) emit('\n', null, false);
      return;
    }
    if (element.tagName === 'IMG') {
      const alt = element.getAttribute('alt') ?? '';
      if (alt) emit(alt, element, false);
      return;
    }
    const block = element !== root && isBlock(element);
    if (block) owed = true;
    const before = text.length;
    const startedBefore = started;
    for (const child of element.childNodes) walk(child);
    if (block) {
      // An empty paragraph is still a line: "a", "", "b" reads as "a\n\nb".
      const empty = text.length === before && startedBefore === started && !hasBlockChild(element);
      if (empty) emit('', null, false);
      owed = true;
    }
  };
  walk(root);
  return { text, pieces };
}

function hasBlockChild(element: Element): boolean {
  for (const child of element.children) if (isBlock(child)) return true;
  return false;
}

/** Where a span starts: inside the first piece that ends after the offset (a gap maps to that piece's start). */
function startPosition(model: TextModel, offset: number): { node: Node; offset: number } | null {
  for (const piece of model.pieces) if (offset < piece.end) return locate(piece, Math.max(offset, piece.start));
  const last = model.pieces[model.pieces.length - 1];
  return last ? locate(last, last.end) : null;
}

/** Where a span ends: inside the last piece that starts before the offset (a gap maps to that piece's end). */
function endPosition(model: TextModel, offset: number): { node: Node; offset: number } | null {
  for (let i = model.pieces.length - 1; i >= 0; i--) {
    const piece = model.pieces[i] as Piece;
    if (piece.start < offset) return locate(piece, Math.min(offset, piece.end));
  }
  const first = model.pieces[0];
  return first ? locate(first, first.start) : null;
}

function locate(piece: Piece, offset: number): { node: Node; offset: number } {
  if (piece.text) return { node: piece.node, offset: offset - piece.start };
  // An img: before or after it.
  const parent = piece.node.parentNode as Node;
  const index = Array.prototype.indexOf.call(parent.childNodes, piece.node) as number;
  return { node: parent, offset: offset <= piece.start ? index : index + 1 };
}

export function rangeInModel(model: TextModel, start: number, end: number): Range | null {
  if (start < 0 || end < start || end > model.text.length || model.pieces.length === 0) return null;
  const from = startPosition(model, start);
  const to = start === end ? from : endPosition(model, end);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The text offset of a DOM position inside the model's root (for reading the selection). */
export function offsetInModel(model: TextModel, root: Node, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  for (const piece of model.pieces) {
    if (piece.text && piece.node === node) return piece.start + Math.min(offset, piece.end - piece.start);
  }
  // An element position: the first piece at or after it.
  const probe = document.createRange();
  probe.setStart(node, offset);
  for (const piece of model.pieces) {
    if (probe.comparePoint(piece.node, 0) >= 0) return piece.start;
  }
  return model.text.length;
}
