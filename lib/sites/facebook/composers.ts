// Facebook's composers as data: Lexical comment and reply boxes (labels are localised, so German and English
// alternatives), the send button Facebook shows in the focused box, and Messenger's chat boxes left alone.
import type { SiteComposers } from '../types';

const LEXICAL = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
/** The older comment box: a plain contenteditable textbox with no Lexical marker (photo viewer's side panel). */
const PLAIN = 'div[contenteditable="true"][role="textbox"]:not([data-lexical-editor])';

export const COMPOSERS = {
  specs: [
    {
      kind: 'reply',
      editable: [
        { selector: `${LEXICAL}[aria-label^="Reply to"]`, note: 'reply box; CRM COMMENT_ACTIONS.replyEditor, 2026-09' },
        {
          selector: `${LEXICAL}[aria-label^="Antworten an"]`,
          note: 'German reply box (unverified guess of the label)',
        },
      ],
    },
    {
      kind: 'post',
      // In the "Create post" dialog Enter is a new paragraph; only the Post button sends.
      keys: [],
      editable: [
        {
          selector: `${LEXICAL}[aria-label^="What's on your mind"]`,
          note: 'new post dialog "Create post"; Harper getLexicalRoot targets, 2026',
        },
        { selector: `${LEXICAL}[aria-label^="Was machst du gerade"]`, note: 'German new post (unverified guess)' },
        {
          selector: `[role="dialog"]:not(:has([role="article"])):not(:has([role="log"])) ${LEXICAL}`,
          note: 'any UI language: a dialog with an editor and no post, comment or chat log is "Create post" (structure, unverified on a live page)',
        },
      ],
    },
    {
      kind: 'comment',
      editable: [
        {
          selector: `${LEXICAL}[aria-label^="Comment as"]`,
          note: 'top-level comment box; TRUST SELECTORS.commentInput 2026-02',
        },
        { selector: `${LEXICAL}[aria-label^="Kommentieren als"]`, note: 'German comment box (unverified guess)' },
        {
          selector: `${LEXICAL}[aria-label^="Write a comment"]`,
          note: 'older surfaces "Write a comment…"; TRUST 2026-02',
        },
        {
          selector: `div[role="article"] ${LEXICAL}`,
          note: 'any other Lexical box inside a post or comment (labels change); TRUST findPostContainer 2026-02',
        },
        {
          selector: `${PLAIN}[aria-label^="Write a comment"], ${PLAIN}[aria-label^="Comment as"], ${PLAIN}[aria-label^="Schreibe einen Kommentar"], ${PLAIN}[aria-label^="Kommentieren als"]`,
          note: 'older non-Lexical "Write a comment" box (photo viewer side panel), en/de by label; permalink capture public-crm post-permalink-live.html shows the "Comment as" textbox (German unverified)',
        },
        {
          selector: `div[role="article"] ${PLAIN}, [role="dialog"]:has([role="article"]) ${PLAIN}, [role="complementary"] ${PLAIN}`,
          note: 'older non-Lexical box by structure, any language: in a post, in the dialog that shows a post (permalink capture), in the photo viewer side panel (unverified)',
        },
      ],
    },
  ],
  exclude: [
    {
      selector: '[role="dialog"]:has([role="log"])',
      note: 'Messenger chat popups hold a role=log message list; TRUST false-positive fix 2026-02-24, CRM 2026-09',
    },
    { selector: '[aria-label="Message"], [aria-label="Nachricht"]', note: 'Messenger message box label (en/de)' },
  ],
  submit: [
    {
      selector: '#focused-state-composer-submit [role="button"]',
      note: 'send button Facebook adds to the focused composer (id is not localised); TRUST scanForSubmitContainers 2026-02',
    },
    {
      selector: 'div[role="button"][aria-label="Comment"], div[role="button"][aria-label="Kommentieren"]',
      note: 'labelled send button, en/de; many automation scripts 2025-26 (German unverified)',
    },
    {
      selector:
        '[role="dialog"] div[role="button"][aria-label="Post"], [role="dialog"] div[role="button"][aria-label="Posten"]',
      note: 'the Post button of the "Create post" dialog, en/de (unverified guess, as the dialog label)',
    },
  ],
  // Last resort after the hooks: the send buttons' labels ("Comment", "Post") in the eight UI languages, counted only
  // inside the box's own subtree (lib/content/submit-detect.ts). Translations beyond de/en unverified on a live page.
  submitLabels: [
    ...['Kommentieren', 'Posten', 'Antworten'],
    ...['Comment', 'Post', 'Reply'],
    ...['Commenter', 'Publier', 'Répondre'],
    ...['Comentar', 'Publicar', 'Responder'],
    ...['Commenta', 'Pubblica', 'Rispondi'],
    ...['Reageren', 'Plaatsen', 'Beantwoorden'],
    ...['Skomentuj', 'Opublikuj', 'Odpowiedz'],
  ],
  // Bare Enter sends; Shift+Enter is a new line. TRUST facebook-submit-detection plan, 2026-02-24.
  keys: ['enter'],
} satisfies SiteComposers;
