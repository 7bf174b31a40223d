// Xing's composers as data. No public source shows Xing's comment DOM (selectors.md §4): the post box is from
// ITMO's page objects, the comment form is a guess by structure, and the messenger is left alone.
import type { SiteComposers } from '../types';

export const COMPOSERS = {
  specs: [
    {
      kind: 'comment',
      editable: [
        { selector: 'form[data-testid="comment-form"] textarea', note: 'comment form under a post (unverified guess)' },
        {
          selector: 'textarea[aria-label^="Kommentar"], textarea[aria-label^="Write a comment"]',
          note: 'comment field by label, de/en (unverified guess)',
        },
      ],
    },
    {
      kind: 'post',
      editable: [
        {
          selector: 'div[role="textbox"][contenteditable="true"]',
          note: 'commbox (post composer) editor; ITMO HomePage.java (framework unknown)',
        },
      ],
    },
  ],
  exclude: [
    {
      selector: '[data-testid^="messenger"], [data-qa^="messenger"]',
      note: 'Xing Messenger chat (unverified guess)',
    },
  ],
  submit: [
    { selector: 'button[data-testid="commboxPost"]', note: 'commbox send button; ITMO HomePage.java' },
    {
      selector: 'form[data-testid="comment-form"] button[type="submit"]',
      note: 'comment form send button (unverified guess)',
    },
  ],
  // Xing sends by its button only; Enter is a new line.
  keys: [],
} satisfies SiteComposers;
