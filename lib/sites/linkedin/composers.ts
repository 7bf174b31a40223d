// LinkedIn's composers as data, both generations: v2 (SDUI, TipTap/ProseMirror) and v1 (Ember, Quill). Their send
// buttons, and the messaging overlay left alone. The real 2026 send button has no data-view-name and no aria-label:
// it is the one button of the box's commentButtonSection, a sibling of the commentBox container (not inside it).
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
          selector:
            '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable]:not([contenteditable="false"])',
          note: 'v2 TipTap wrapper (not the mention chips inside, span[contenteditable=false]); TRUST 2026-01',
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
      selector: '[componentkey*="commentButtonSection"] button, [id*="commentButtonSection"] button',
      note: "v2 comment and reply send button: the one button of the box's commentButtonSection (componentkey and id; the button itself has a per-render uuid and a localised text only); real capture noelle-social post-comments-2026.html, 2026-07",
    },
    {
      selector: 'button[data-view-name="comment-post"], button[data-view-name="comment-reply-post"]',
      note: 'v2 comment and reply send buttons; TRUST linkedin.content 2026',
    },
    {
      selector: 'button.comments-comment-box__submit-button--cr, button.comments-comment-box__submit-button',
      note: 'v1 send button; TRUST, LHR COMMENT_SUBMIT_BUTTON 2026',
    },
  ],
  // Last resort after the hooks and the form's submit button: the send button's text in LinkedIn's UI languages
  // (de, en, fr, es, it, pt, nl, pl). Counted only inside the box's own subtree, so a comment's "Reply" is no send.
  submitLabels: [
    ...['Kommentieren', 'Antworten', 'Posten', 'Absenden', 'Senden'],
    ...['Comment', 'Reply', 'Post'],
    ...['Commenter', 'Répondre', 'Publier'],
    ...['Comentar', 'Responder', 'Publicar'],
    ...['Commenta', 'Rispondi', 'Pubblica'],
    ...['Comentar', 'Responder', 'Publicar'],
    ...['Reageren', 'Beantwoorden', 'Plaatsen', 'Reactie plaatsen'],
    ...['Skomentuj', 'Odpowiedz', 'Opublikuj'],
  ],
  // The button, and Ctrl/Cmd+Enter (Enter is a new line). TRUST; a public Playwright commenter, 2026.
  keys: ['mod-enter'],
} satisfies SiteComposers;
