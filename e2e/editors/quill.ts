// Quill 2 for the LinkedIn v1 (legacy Ember) composer fixtures, bundled as an IIFE that sets window.LfQuill.
// Pages mount real Quill editors with createComposer; Ctrl/Cmd+Enter submits through Quill keyboard bindings,
// which run in Quill's own keydown listener on .ql-editor, as on LinkedIn.
import Quill from 'quill';

export interface QuillComposerOptions {
  /** The element Quill turns into .ql-container; it renders .ql-editor inside. */
  container: HTMLElement;
  /** Attributes set on .ql-editor after construction (role, aria-label, data-placeholder, …). */
  attributes: Record<string, string>;
  /** Called by the submit keys with the editor; the page posts and clears. */
  onSubmit: (quill: Quill) => void;
}

/** The draft as plain text: Quill's getText() without the trailing "\n" every Quill document ends with. */
export function textOf(quill: Quill): string {
  return quill.getText().replace(/\n$/, '');
}

/** A real Quill editor without toolbar; Ctrl+Enter and Meta+Enter are submit bindings ahead of Quill's Enter. */
export function createComposer({ container, attributes, onSubmit }: QuillComposerOptions): Quill {
  const handler = () => {
    onSubmit(quill);
    return false;
  };
  const quill: Quill = new Quill(container, {
    modules: {
      toolbar: false,
      keyboard: {
        bindings: {
          fixtureSubmitCtrl: { key: 'Enter', ctrlKey: true, handler },
          fixtureSubmitMeta: { key: 'Enter', metaKey: true, handler },
        },
      },
    },
  });
  for (const [name, value] of Object.entries(attributes)) quill.root.setAttribute(name, value);
  return quill;
}

const api = { Quill, createComposer, textOf };

declare global {
  interface Window {
    LfQuill: typeof api;
  }
}

window.LfQuill = api;
