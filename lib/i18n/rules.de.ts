// German names of the kinds of finding a user can silence, one per rule id; spread into de.ts, same keys as
// rules.en.ts.
import type { rulesEn } from './rules.en';

export const rulesDe: Record<keyof typeof rulesEn, string> = {
  'rule.call-to-action': 'Kaufaufforderungen',
  'rule.copy-paste': 'Kopierte Texte',
  'rule.dismissive-reply': 'Abwimmelnde Antworten',
  'rule.engagement-ask': 'Bitten um Follower und Likes',
  'rule.hostile-contempt': 'Verachtung',
  'rule.hostile-insult': 'Beleidigungen',
  'rule.hostile-model': 'Feindselig klingender Text',
  'rule.hostile-profanity': 'Flüche',
  'rule.hostile-threat': 'Drohungen',
  'rule.know-it-all': 'Besserwisserischer Ton',
  'rule.less-is-more': 'Viele Kommentare',
  'rule.missing-acknowledgment': 'Kritik nicht anerkannt',
  'rule.price-offer': 'Preise und Angebote',
  'rule.promotional-link': 'Werbelinks',
  'rule.promotional-model': 'Werblich klingender Text',
  'rule.register-clash': 'Du/Sie anders als im Thread',
  'rule.register-mix': 'Du und Sie gemischt',
  'rule.self-promotion': 'Eigenwerbung',
  'rule.shouting': 'Großbuchstaben und Ausrufezeichen',
  'rule.symbol-flood': 'Emoji-, Hashtag- und Erwähnungsfluten',
  'rule.tone-clash': 'Unpassender Ton',
  'rule.undisclosed-affiliation': 'Verschwiegene Markenbindung',
};
