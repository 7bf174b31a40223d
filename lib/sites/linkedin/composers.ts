// LinkedIn's composers as data, both generations: v2 (SDUI, TipTap/ProseMirror) and v1 (Ember, Quill). Their send
// buttons, and the messaging overlay left alone.
import type { SiteComposers } from '../types';

export const COMPOSERS = {
  specs: [
    {
      kind: 'comment',
      editable: [
        {
          selector: '[componentkey^="commentBox-"] [role="textbox"][contenteditable]',
          note: 'v2 comment and reply boxes (TipTap); TRUST find-editable-field.ts, Lyra COMPOSER_SEL 2026',
        },
        {
          selector: '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable]',
          note: 'v2 TipTap wrapper; TRUST 2026-01',
        },
        {
          selector: '.comments-comment-box__form .ql-editor[contenteditable]',
          note: 'v1 comment and reply boxes (Quill); LHR COMMENT_INPUT, TRUST linkedin.content 2026',
        },
        {
          selector:
            '[role="textbox"][aria-label^="Text editor for creating"], [role="textbox"][aria-label^="Texteditor zum Erstellen"]',
          note: 'both generations by label, en/de; LHR COMMENT_INPUT 2026 (German unverified)',
        },
      ],
    },
  ],
  exclude: [
    {
      selector: '.msg-form, .msg-overlay-conversation-bubble, .msg-form__contenteditable',
      note: 'messaging overlay and page; selectors.md §5 (TRUST), 2026',
    },
  ],
  submit: [
    {
      selector: 'button[data-view-name="comment-post"], button[data-view-name="comment-reply-post"]',
      note: 'v2 comment and reply send buttons; TRUST linkedin.content 2026',
    },
    {
      selector: 'button.comments-comment-box__submit-button--cr, button.comments-comment-box__submit-button',
      note: 'v1 send button; TRUST, LHR COMMENT_SUBMIT_BUTTON 2026',
    },
  ],
  // The button, and Ctrl/Cmd+Enter (Enter is a new line). TRUST; a public Playwright commenter, 2026.
  keys: ['mod-enter'],
} satisfies SiteComposers;
