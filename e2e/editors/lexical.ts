// Lexical (vanilla: lexical + @lexical/rich-text + @lexical/history) for the Facebook composer fixtures, bundled as
// an IIFE that sets window.LfLexical. Bare Enter submits through a KEY_ENTER_COMMAND handler at high priority and
// clears the editor in a discrete update DURING the Enter handling, as Facebook does; Shift+Enter adds a paragraph.
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $getRoot,
  COMMAND_PRIORITY_HIGH,
  createEditor,
  INSERT_PARAGRAPH_COMMAND,
  KEY_ENTER_COMMAND,
  type LexicalEditor,
} from 'lexical';

export interface LexicalComposerOptions {
  /** The contenteditable Lexical takes over (Lexical adds data-lexical-editor="true" itself). */
  element: HTMLElement;
  /** Lexical namespace, one per composer kind (only used for clipboard and debugging). */
  namespace: string;
  /** Called on bare Enter with the non-blank draft, after the editor has been cleared. */
  onEnter: (text: string) => void;
  /** Text shown while the editor is empty (Facebook draws it as an overlay; aria-placeholder is the page's). */
  placeholder?: string;
  /** False for the new-post dialog, where Enter is a new paragraph and only the Post button sends. */
  submitOnEnter?: boolean;
}

export interface LexicalComposer {
  editor: LexicalEditor;
  /** The draft: the root's paragraphs' text joined with "\n". */
  getText(): string;
  /** Empties the editor synchronously (discrete update) and keeps the caret in it. */
  clear(): void;
  /** Detaches the editor from its element and removes every listener. */
  destroy(): void;
}

/** The draft of an editor: paragraphs joined with "\n" (the contract every fixture page reads with). */
export function textOf(editor: LexicalEditor): string {
  return editor
    .getEditorState()
    .read(() =>
      $getRoot()
        .getChildren()
        .map((block) => block.getTextContent()),
    )
    .join('\n');
}

/** Replaces the content with one empty paragraph; moves the caret there only when asked (selecting focuses). */
function $resetToEmptyParagraph(keepCaret: boolean): void {
  const root = $getRoot();
  root.clear();
  const paragraph = $createParagraphNode();
  root.append(paragraph);
  if (keepCaret) paragraph.select();
}

/** A real Lexical rich-text editor with history and Facebook's Enter-to-submit behaviour. */
export function createComposer({
  element,
  namespace,
  onEnter,
  placeholder,
  submitOnEnter = true,
}: LexicalComposerOptions): LexicalComposer {
  const editor = createEditor({
    namespace,
    nodes: [HeadingNode, QuoteNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(element);

  let overlay: HTMLElement | null = null;
  if (placeholder) {
    overlay = element.ownerDocument.createElement('div');
    overlay.className = 'lf-lexical-placeholder';
    overlay.setAttribute('aria-hidden', 'true');
    overlay.textContent = placeholder;
    element.parentElement?.insertBefore(overlay, element);
  }

  const clear = () => {
    const focused = element.contains(element.ownerDocument.activeElement);
    editor.update(() => $resetToEmptyParagraph(focused), { discrete: true });
  };

  const unregister = [
    registerRichText(editor),
    registerHistory(editor, createEmptyHistoryState(), 300),
    editor.registerCommand(
      KEY_ENTER_COMMAND,
      (event) => {
        // A null event comes from beforeinput (insertParagraph) without a keydown: let rich text add a paragraph.
        if (!event || !submitOnEnter) return false;
        event.preventDefault();
        if (event.shiftKey) return editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined);
        const text = textOf(editor);
        if (!text.trim()) return true;
        // Discrete: committed to the DOM before this keydown finishes, so later listeners see an empty editor.
        clear();
        onEnter(text);
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerUpdateListener(({ editorState }) => {
      if (!overlay) return;
      const empty = editorState.read(() => $getRoot().getTextContent() === '');
      overlay.hidden = !empty;
    }),
  ];

  // Start with one empty paragraph (<p><br></p>), as Facebook's empty composer shows.
  editor.update(() => $resetToEmptyParagraph(false), { discrete: true, tag: 'history-merge' });

  return {
    editor,
    getText: () => textOf(editor),
    clear,
    destroy() {
      for (const off of unregister) off();
      editor.setRootElement(null);
      overlay?.remove();
    },
  };
}

const api = { createComposer, textOf };

declare global {
  interface Window {
    LfLexical: typeof api;
  }
}

window.LfLexical = api;
