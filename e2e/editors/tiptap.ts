// TipTap 3 (@tiptap/core + @tiptap/starter-kit) for the LinkedIn v2 composer fixtures, bundled as an IIFE that
// sets window.LfTiptap. Pages mount real editors with createComposer; Ctrl/Cmd+Enter submits through a
// ProseMirror keymap entry ('Mod-Enter'), as LinkedIn's own TipTap composer does.
import { Editor, Extension } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';

export interface TiptapComposerOptions {
  /** The element TipTap renders its editable into (LinkedIn: [data-testid="ui-core-tiptap-text-editor-wrapper"]). */
  element: HTMLElement;
  /** Attributes of the editable itself (role, aria-label, …); TipTap adds the classes "tiptap ProseMirror". */
  attributes: Record<string, string>;
  /** Called by the submit keys with the editor; the page posts and clears. */
  onSubmit: (editor: Editor) => void;
}

/** The draft as plain text: paragraphs joined with "\n" (the contract every fixture page reads with). */
export function textOf(editor: Editor): string {
  return editor.getText({ blockSeparator: '\n' });
}

/** A real TipTap editor with StarterKit and a submit keymap that wins over StarterKit's own Mod-Enter (hard break). */
export function createComposer({ element, attributes, onSubmit }: TiptapComposerOptions): Editor {
  const submit = () => {
    onSubmit(editor);
    return true;
  };
  const SubmitKeys = Extension.create({
    name: 'fixtureSubmitKeys',
    priority: 1000,
    addKeyboardShortcuts() {
      // 'Mod' is Ctrl off macOS and Cmd on it; both are listed so Ctrl+Enter and Meta+Enter submit everywhere.
      return { 'Mod-Enter': submit, 'Ctrl-Enter': submit, 'Meta-Enter': submit };
    },
  });
  const editor: Editor = new Editor({
    element,
    extensions: [StarterKit, SubmitKeys],
    editorProps: { attributes },
  });
  return editor;
}

const api = { Editor, Extension, StarterKit, createComposer, textOf };

declare global {
  interface Window {
    LfTiptap: typeof api;
  }
}

window.LfTiptap = api;
