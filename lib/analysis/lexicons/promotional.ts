// Language-independent data for the promotional and spam rules: kinds of web addresses that promote (link
// shorteners, social profiles, crowdfunding, shops) and the query keys of referral links. Written for Listen
// First from general knowledge of web spam; licence as the project. No row of any labelled data set is copied here.
import type { PhraseData } from './types';

/** A phrase with how strongly it alone suggests promotion or spam (0..1, the finding's confidence). */
export interface PromoPhrase extends PhraseData {
  weight?: number;
  /** Only counts at the start of a sentence or after "jetzt/bitte/now/please": "Kaufen Sie …", not "… kaufen sie";
   * "Folgt mir!", not "Er folgt mir". */
  initial?: boolean;
  /** The phrase orders the reader to buy an object that follows: rewrite the clause as a question about it. */
  object?: 'sie' | 'du' | 'ihr' | 'en';
  /** Form of address of a German ask (default du): the suggested question uses the same. */
  address?: 'sie' | 'ihr';
  /** Weighs `boost` more when its sentence names something one promotes (channel, song, shop). */
  boost?: number;
}

/** Well-known URL shorteners: they hide where a link goes, which is what spam wants. */
export const SHORTENER_HOSTS: readonly string[] = [
  'adf.ly',
  'amzn.to',
  'bc.vc',
  'bit.do',
  'bit.ly',
  'buff.ly',
  'cutt.ly',
  'fb.me',
  'goo.gl',
  'is.gd',
  'lnkd.in',
  'ow.ly',
  'rebrand.ly',
  'sh.st',
  'shorturl.at',
  't.co',
  't.ly',
  'tiny.cc',
  'tinyurl.com',
  'v.gd',
];

/** Social profiles, link hubs and creator pages: a link there asks people to follow someone. */
export const PROFILE_HOSTS: readonly string[] = [
  'bandcamp.com',
  'facebook.com',
  'fb.com',
  'instagram.com',
  'linktr.ee',
  'onlyfans.com',
  'patreon.com',
  'pinterest.com',
  'plus.google.com',
  'reverbnation.com',
  'snapchat.com',
  'soundcloud.com',
  'tiktok.com',
  'twitch.tv',
  'twitter.com',
  'vimeo.com',
  'vk.com',
  'x.com',
];

/** Crowdfunding, donation, petition and voting pages: a link there asks for money or a click. */
export const APPEAL_HOSTS: readonly string[] = [
  'avaaz.org',
  'betterplace.org',
  'buymeacoffee.com',
  'change.org',
  'gofundme.com',
  'indiegogo.com',
  'kickstarter.com',
  'ko-fi.com',
  'leetchi.com',
  'openpetition.de',
  'paypal.me',
  'startnext.com',
];

/** Shops, marketplaces and app stores: a link there sells something. */
export const SHOP_HOSTS: readonly string[] = [
  'aliexpress.com',
  'amazon.co.uk',
  'amazon.com',
  'amazon.de',
  'apps.apple.com',
  'ebay.co.uk',
  'ebay.com',
  'ebay.de',
  'etsy.com',
  'itunes.apple.com',
  'myshopify.com',
  'play.google.com',
  'redbubble.com',
  'spreadshirt.de',
  'teespring.com',
  'wish.com',
];

/** Video sites whose links are usually shared content, not an ad: alone they weigh little. */
export const VIDEO_HOSTS: readonly string[] = ['youtu.be', 'youtube.com'];

/** Query keys and path parts that mark referral, affiliate and tracking links. */
export const REFERRAL_MARKERS: readonly string[] = [
  'aff',
  'affiliate',
  'affiliateid',
  'campid',
  'invite',
  'partner',
  'promo',
  'r',
  'rb',
  'ref',
  'refer',
  'referral',
  'referrer',
  'tag',
  'utm_campaign',
  'utm_source',
];

/** Top-level domains that turn "name . com" written with spaces (to dodge link filters) into an address. */
export const SPACED_TLDS: readonly string[] = ['biz', 'com', 'de', 'info', 'net', 'org', 'ru', 'tk', 'tv'];
