// German strings of the settings page's newer sections (v2 settings); spread into de.ts, same keys as settings.en.ts.
import type { settingsEn } from './settings.en';

export const settingsDe: Record<keyof typeof settingsEn, string> = {
  'options.you': 'Du und deine Marke',
  'options.you.help':
    'Damit Listen First weiß, welche Kommentare deine sind und wann ein Entwurf für deine Marke spricht.',
  'options.check': 'Entwürfe prüfen',
  'options.check.help':
    'Worauf Listen First in deinen Entwürfen hinweist und, wo es passt, in den Abzeichen an Kommentaren.',
  'options.sensitivity': 'Empfindlichkeit',
  'options.sensitivity.help': 'Wie viel markiert wird, in deinen Entwürfen und an Kommentaren.',
  'options.sensitivity.low': 'Niedrig: nur klare Warnungen und sehr sichere Funde',
  'options.sensitivity.normal': 'Normal (empfohlen)',
  'options.sensitivity.high': 'Hoch: auch leichte Hinweise, etwa ein paar Ausrufezeichen oder ein Link',
  'options.rules': 'Was geprüft wird',
  'options.rules.help':
    'Was du ausschaltest, wird in deinen Entwürfen übersprungen und gibt kein Abzeichen an Kommentaren.',
  'options.rule.hostile': 'Feindselige Worte',
  'options.rule.hostile.help': 'Beleidigungen, Flüche, Drohungen und Verachtung.',
  'options.rule.promotional': 'Verkaufsgespräch',
  'options.rule.promotional.help': 'Kaufaufforderungen, Preise, Rabatte, Gutscheincodes und Geldversprechen.',
  'options.rule.spam': 'Spam und Eigenwerbung',
  'options.rule.spam.help':
    'Verweise auf den eigenen Kanal oder Shop, Bitten um Follows und Likes, Shop-, Kurz- und Empfehlungslinks.',
  'options.rule.loudness': 'Schreien',
  'options.rule.loudness.help':
    'GROSSBUCHSTABEN, „!!!“, gedehnte Wörter und Fluten von Emoji, Hashtags oder @Erwähnungen.',
  'options.rule.repetition': 'Weniger ist mehr',
  'options.rule.repetition.help': 'Viele Kommentare in einem Thread oder an einem Tag, und derselbe Text noch einmal.',
  'options.rule.disclosure': 'Offenlegung',
  'options.rule.disclosure.help': 'Lob oder Verteidigung deiner Marke, ohne zu sagen, dass du für sie sprichst.',
  'options.rule.criticism': 'Auf Kritik antworten',
  'options.rule.criticism.help':
    'Abwehrende Antworten („das stimmt nicht“) und Antworten auf Beschwerden oder Korrekturen, die sie nicht anerkennen.',
  'options.rule.condescending': 'Besserwisserischer Ton',
  'options.rule.condescending.help': 'Von oben herab reden („das weiß doch jeder“, „informier dich mal“).',
  'options.rule.register': 'Du oder Sie',
  'options.rule.register.help': 'Du und Sie in einem Entwurf gemischt, oder nicht die Anrede, die der Thread benutzt.',
  'options.rule.tone': 'Falscher Ton',
  'options.rule.tone.help':
    'Fröhlichkeit oder Werbung in einem verärgerten Thread oder als Antwort auf eine Beschwerde.',
  'options.alwaysFlag': 'Immer markieren',
  'options.alwaysFlag.help':
    'Wird in jedem Entwurf als Warnung markiert, eine Formulierung pro Zeile; „*“ am Ende passt auf jede Endung. Was auch unter „Immer erlauben“ steht, wird nicht markiert.',
  'options.silenced': 'Stummgeschaltete Regeln',
  'options.silenced.help':
    'Arten von Funden, die du mit „Diese Art nicht mehr markieren“ ausgeblendet hast. „Wieder markieren“ holt sie zurück.',
  'options.silenced.none': 'Keine stummgeschaltet.',
  'options.silenced.unknown': 'Regel „{id}“ (aus einer anderen Version von Listen First)',
  'options.silenced.undo': 'Wieder markieren',
  'options.silenced.undo.label': 'Wieder markieren: {kind}',
  'options.ignored': 'Immer erlauben',
  'options.ignored.help':
    'Wird in deinen Entwürfen nie markiert, eine Formulierung pro Zeile. „Diese Formulierung ignorieren“ an einem Fund trägt sie hier ein.',
  'options.list.dropped': 'Nicht gespeichert: {count} Einträge, weil diese Liste voll ist.',
  'options.guard': 'Vor dem Posten',
  'options.warnBeforePosting': 'Vor dem Posten warnen',
  'options.warnBeforePosting.help':
    'Beim ersten Senden eines markierten Entwurfs zeigt Listen First die Funde mit „Bearbeiten“ und „Trotzdem posten“. Aus: nur das Abzeichen.',
  'options.guard.threshold': 'Welche Entwürfe anhalten',
  'options.guard.warn': 'Entwürfe mit Warnungen einmal anhalten (empfohlen)',
  'options.guard.caution': 'Auch Entwürfe mit Vorsicht-Hinweisen anhalten',
  'options.history': 'Verlauf',
  'options.history.help': 'Nur auf diesem Computer gespeichert, im Speicher des Browsers.',
  'options.retention': 'Verlauf aufbewahren',
  'options.retention.help':
    'Älterer Verlauf (Threads, Kommentare und deine Entwürfe) wird gelöscht. Eine kürzere Zeit löscht das Ältere sofort.',
  'options.retention.30': '30 Tage',
  'options.retention.90': '90 Tage (empfohlen)',
  'options.retention.180': '180 Tage',
  'options.retention.365': '1 Jahr',
  'options.brand': 'Deine Marke',
  'options.brand.help':
    'Namen, @Handles und Domains, für die du sprichst, eine pro Zeile: Lob oder Verteidigung ohne Offenlegung wird markiert.',
  'options.historyTexts': 'Verlauf deiner Beiträge',
  'options.historyTexts.full': 'Texte behalten (für Copy-Paste-Prüfung und deine Berichte)',
  'options.historyTexts.stats': 'Nur Statistik, nie die Worte',
  'category.custom': 'Deine Liste',
};
