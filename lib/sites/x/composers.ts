// X's composers as data: the Draft.js tweet boxes (inline reply, reply dialog), their send buttons, and the
// DM composer left alone. data-testid values are not localised.
import type { SiteComposers } from '../types';

export const COMPOSERS = {
  specs: [
    {
      kind: 'reply',
      editable: [
        {
          selector: '[aria-labelledby="modal-header"] [data-testid^="tweetTextarea_"][role="textbox"]',
          note: 'reply dialog over the timeline; TRUST XReplyScraper 2026',
        },
      ],
    },
    {
      kind: 'comment',
      editable: [
        {
          selector: '[data-testid^="tweetTextarea_"][role="textbox"]',
          note: 'Draft.js box: inline reply on a status page, home box, thread composer (_1, _2…); CPFT 2026-05, Harper #2494',
        },
        {
          selector: 'main div[data-testid^="tweetTextarea"] textarea',
          note: 'mobile web layout uses a textarea; CPFT 2026-05',
        },
      ],
    },
  ],
  exclude: [
    {
      selector: '[data-testid="DMDrawer"], [data-testid="DmActivityContainer"], [data-testid^="dmComposer"]',
      note: 'direct messages (drawer, page, composer); CPFT 2026',
    },
  ],
  submit: [
    {
      selector: 'button[data-testid="tweetButtonInline"], button[data-testid="tweetButton"]',
      note: 'inline (status page, home) and dialog send buttons; CPFT l.7472, 5483, TRUST x.content 2026',
    },
  ],
  // Ctrl/Cmd+Enter sends; bare Enter is a new line in Draft.js. TRUST x.content index.tsx 2026.
  keys: ['mod-enter'],
} satisfies SiteComposers;
