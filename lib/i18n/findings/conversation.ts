// UI messages for the conversation findings, in both languages. Keys are the rules' messageKey values.
import type { FindingMessages } from './types';

export const conversationMessages: FindingMessages = {
  en: {
    'finding.know-it-all': '“{phrase}” talks down to people. Stay factual: explain, don’t lecture.',
    'finding.dismissive-reply':
      '“{phrase}” brushes the criticism aside. Take it seriously first, then explain your view.',
    'finding.missing-acknowledgment.complaint':
      'This answers a complaint without acknowledging it. Start by showing you take it seriously.',
    'finding.missing-acknowledgment.correction': 'Someone corrected you. Thank them before you go on.',
    'finding.register-mix': '“{used}” mixes formal and informal address; the rest of your text says “{kept}”.',
    'finding.register-clash': 'The thread addresses people with “{thread}”; you write “{used}”.',
    'finding.undisclosed-affiliation':
      'You praise or defend {brand} without saying you work there. Readers find out, and trust is gone.',
    'finding.tone-clash.cheerful':
      'The conversation is upset; cheerful emoji and exclamation marks read as not listening.',
    'finding.tone-clash.promotional':
      'Advertising into an upset conversation looks like ignoring the problem. Answer the concern first.',
    'finding.watchlist': 'On your watchlist: “{term}”',
    'finding.less-is-more.thread':
      'You have already posted {count} times in this thread. Less is more: brands that answer everything look pushy.',
    'finding.less-is-more.today':
      'This is post number {count} today. Less is more: pick the conversations where your answer is needed.',
  },
  de: {
    'finding.know-it-all': '„{phrase}“ wirkt von oben herab. Bleib sachlich: erklären statt belehren.',
    'finding.dismissive-reply': '„{phrase}“ wischt die Kritik weg. Nimm sie zuerst ernst, dann erklär deine Sicht.',
    'finding.missing-acknowledgment.complaint':
      'Du antwortest auf eine Beschwerde, ohne sie anzuerkennen. Zeig zuerst, dass du sie ernst nimmst.',
    'finding.missing-acknowledgment.correction':
      'Jemand hat dich korrigiert. Bedank dich dafür, bevor du weiterschreibst.',
    'finding.register-mix': '„{used}“ mischt Du und Sie; der Rest deines Textes sagt „{kept}“.',
    'finding.register-clash': 'Im Thread sagt man „{thread}“; du schreibst „{used}“.',
    'finding.undisclosed-affiliation':
      'Du lobst oder verteidigst {brand}, ohne zu sagen, dass du dort arbeitest. Das fällt auf – und kostet Vertrauen.',
    'finding.tone-clash.cheerful':
      'Die Stimmung ist gereizt; fröhliche Emojis und Ausrufezeichen wirken, als hättest du nicht zugehört.',
    'finding.tone-clash.promotional':
      'Werbung in einer verärgerten Unterhaltung wirkt, als würdest du das Problem übergehen. Geh zuerst auf das Anliegen ein.',
    'finding.watchlist': 'Auf deiner Beobachtungsliste: „{term}“',
    'finding.less-is-more.thread':
      'Du hast in diesem Thread schon {count}-mal geschrieben. Weniger ist mehr: Marken, die alles kommentieren, wirken aufdringlich.',
    'finding.less-is-more.today':
      'Das ist heute dein {count}. Beitrag. Weniger ist mehr: Such dir die Gespräche aus, in denen deine Antwort gebraucht wird.',
  },
};
