// Per site: which fixture pages the thread e2e tests open, and which control loads late replies or navigates.
import type { SiteId } from '../lib/sites/registry';

export interface ThreadCase {
  site: SiteId;
  name: string;
  url: string;
  /** A page whose button adds replies after load, and the button's accessible name. */
  late?: { url: string; control: RegExp };
  /** A page with a control (by its text, or a CSS selector) that moves to another thread without a reload. */
  spa?: { url: string; control: RegExp | string };
  /** A page whose list cells are reused for other items (X's virtual list), and the control that scrolls it. */
  recycle?: { url: string; control: string };
}

const FB = 'https://www.facebook.com';
const LI = 'https://www.linkedin.com';
const X = 'https://x.com';

export const THREAD_CASES: ThreadCase[] = [
  {
    site: 'facebook',
    name: 'Facebook (Deutsch)',
    url: `${FB}/BaeckereiMorgenrot/posts/pfbid0demo1`,
    late: { url: `${FB}/BaeckereiMorgenrot/posts/pfbid0late3`, control: /Weitere Antworten ansehen/ },
    spa: { url: `${FB}/LauftreffNordpark/posts/pfbid0spaA`, control: /Nächster Beitrag/ },
  },
  {
    site: 'facebook',
    name: 'Facebook (English), post in a dialog over the feed',
    url: `${FB}/permalink.php?story_fbid=pfbid0dlg7&id=100064000000001&locale=en_US`,
    late: { url: `${FB}/BaeckereiMorgenrot/posts/pfbid0late3?locale=en_US`, control: /View more replies/ },
    spa: { url: `${FB}/LauftreffNordpark/posts/pfbid0spaA?locale=en_US`, control: /Next post/ },
  },
  {
    site: 'x',
    name: 'X (Deutsch)',
    url: `${X}/stadtwerke_lind/status/1896855635358646273`,
    late: { url: `${X}/museum_hafen/status/1954513054725046275`, control: /Mehr Antworten anzeigen/ },
    spa: { url: `${X}/theater_nord/status/1969461554181046277`, control: 'a[href$="/status/1969462812472246277"]' },
    recycle: { url: `${X}/radio_suedwest/status/1973281726264246281`, control: '#fixture-next' },
  },
  {
    site: 'x',
    name: 'X (English, twitter.com)',
    url: 'https://twitter.com/harbor_transit/status/1897218023224246273',
    late: { url: `${X}/harbor_museum/status/1954875442590646275`, control: /Show more replies/ },
    spa: { url: `${X}/north_theatre/status/1969823942046646277`, control: 'a[href$="/status/1969825200337846277"]' },
    recycle: { url: `${X}/radio_southwest/status/1973644114129846281`, control: '#fixture-next' },
  },
  {
    site: 'linkedin',
    name: 'LinkedIn (Deutsch), new generation (SDUI, TipTap)',
    url: `${LI}/feed/update/urn:li:activity:7270100000000000000/`,
    late: { url: `${LI}/feed/update/urn:li:activity:7270100000000000000/`, control: /Weitere Antworten laden/ },
    spa: {
      url: `${LI}/feed/update/urn:li:activity:7270100000000000000/`,
      control: /Unser neues Ticketsystem: erste Zahlen/,
    },
  },
  {
    site: 'linkedin',
    name: 'LinkedIn (Deutsch), legacy generation (Ember, Quill)',
    url: `${LI}/posts/katrin-albers-demo_kundenservice-activity-7271100000000000000-AbCd/`,
    late: {
      url: `${LI}/posts/katrin-albers-demo_kundenservice-activity-7271100000000000000-AbCd/`,
      control: /Weitere Antworten laden/,
    },
    spa: {
      url: `${LI}/posts/katrin-albers-demo_kundenservice-activity-7271100000000000000-AbCd/`,
      control: /Unser neues Ticketsystem: erste Zahlen/,
    },
  },
  {
    site: 'linkedin',
    name: 'LinkedIn (English), legacy feed',
    url: `${LI}/feed/?lf-fixture=v1-feed-en`,
    late: { url: `${LI}/feed/?lf-fixture=v1-feed-en`, control: /Load previous replies/ },
  },
  {
    site: 'linkedin',
    name: 'LinkedIn (English), new feed',
    url: `${LI}/feed/?lf-fixture=v2-feed-en`,
    late: { url: `${LI}/feed/?lf-fixture=v2-feed-en`, control: /Load previous replies/ },
  },
  {
    site: 'xing',
    name: 'Xing (Deutsch)',
    url: 'https://www.xing.com/discover/your-posts',
    late: {
      url: 'https://www.xing.com/discover/detail-activities/60110022.b71e0a',
      control: /Weitere Antworten anzeigen/,
    },
    spa: { url: 'https://www.xing.com/discover/detail-activities/61000001.aa11bb', control: /Nächster Beitrag/ },
  },
  {
    site: 'xing',
    name: 'Xing (English)',
    url: 'https://www.xing.com/en/discover/your-posts',
    late: { url: 'https://www.xing.com/en/discover/detail-activities/60110022.b71e0a', control: /Show more replies/ },
    spa: { url: 'https://www.xing.com/en/discover/detail-activities/61000001.aa11bb', control: /Next post/ },
  },
];
