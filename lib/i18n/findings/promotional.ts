// UI messages for the promotional findings, in both languages. Keys are the rules' messageKey values.
// Each says why the words read as advertising or spam and, where it helps, what works better in a conversation.
import type { FindingMessages } from './types';

export const promotionalMessages: FindingMessages = {
  en: {
    // The learned layer's finding (lib/analysis/models): no rule fired, the model's heaviest words are shown.
    'finding.model.promotional':
      '“{words}” sounds like advertising: the whole text reads as a sales pitch, and these words weigh most. In a conversation, answer the person first and offer details only when asked.',
    'finding.promo.audienceGoal':
      '“{phrase}” asks strangers to help you grow your audience. People follow accounts that add something to the conversation; say something about the topic instead.',
    'finding.promo.callToAction':
      '“{phrase}” is an order to buy, and orders in a conversation read as advertising. Ask a question instead, e.g. what people think of it.',
    'finding.promo.capsRun':
      'Whole words in capitals read as shouting. Normal case is easier to read and sounds friendlier.',
    'finding.promo.copyPaste':
      'This text is {percent} % the same as one of your recent posts. Copy-paste across threads looks like spam; write a reply that fits this thread.',
    'finding.promo.couponCode':
      'Coupon code “{code}”: discount codes in a conversation read as advertising. Share one only when someone asks for it.',
    'finding.promo.discount':
      '“{phrase}” advertises a discount. In a conversation that reads as a sales pitch; answer the question first, and mention offers only when asked.',
    'finding.promo.emojiFlood':
      '{count} emoji in a row look like a reach-hunting post. One or two carry the mood just as well.',
    'finding.promo.engagementAsk':
      '“{phrase}” asks for follows, likes or subscriptions. Such asks annoy (like auto-DMs saying “follow me on Facebook too”); ask a question about the topic instead.',
    'finding.promo.exclamationRun': '{count} exclamation marks read as shouting or as an advert. One is enough.',
    'finding.promo.hashtagFlood':
      '{count} hashtags look like a post hunting for reach. Keep the one or two that say what it is about.',
    'finding.promo.hiddenLink':
      'An address written to dodge link filters (“{host}”) is a typical spam trick. If the link helps, post it normally and say why.',
    'finding.promo.link':
      'A link to {host}. One link that answers a question is fine; say in a sentence what people will find there.',
    'finding.promo.linkOnly':
      'A comment that is little more than a link to {host} looks like spam. Say in your own words what it is and why it helps here.',
    'finding.promo.mentionFlood':
      '{count} @mentions in one post look like mass tagging. Tag only the people the post is really for.',
    'finding.promo.moneyOffer':
      '“{phrase}” is sales or money-making talk. In a conversation it reads as an advert or a scam; leave it out.',
    'finding.promo.price':
      '“{phrase}” names a price. That helps when someone asked; otherwise it reads as a sales pitch.',
    'finding.promo.referralLink':
      'This link to {host} carries a referral or tracking code, so it earns the poster something: readers see that as advertising. Use the plain address.',
    'finding.promo.selfPromotion':
      '“{phrase}” points people to your own channel, page or shop. In someone else’s conversation that reads as spam; contribute to the topic and let people find you.',
    'finding.promo.shortLink':
      'A shortened link ({host}) hides where it leads, which is what spam does. Use the full address and say what it is.',
    'finding.promo.stretchedWord':
      '“{word}”: stretched letters read as shouting or begging. The plain word is easier to read.',
  },
  de: {
    'finding.model.promotional':
      '„{words}“ klingt nach Werbung: Der ganze Text liest sich wie ein Verkaufsgespräch, und diese Wörter wiegen am meisten. Antworte im Gespräch zuerst der Person und biete Details nur an, wenn jemand danach fragt.',
    'finding.promo.audienceGoal':
      '„{phrase}“ bittet Fremde, deine Reichweite zu vergrößern. Man folgt Accounts, die etwas zum Gespräch beitragen; sag lieber etwas zum Thema.',
    'finding.promo.callToAction':
      '„{phrase}“ ist eine Kaufaufforderung, und Aufforderungen wirken im Gespräch wie Werbung. Stell lieber eine Frage, zum Beispiel, wie die anderen es finden.',
    'finding.promo.capsRun':
      'Ganze Wörter in Großbuchstaben wirken wie Schreien. Normale Schreibung liest sich leichter und klingt freundlicher.',
    'finding.promo.copyPaste':
      'Dieser Text stimmt zu {percent} % mit einem deiner letzten Beiträge überein. Kopierte Texte in mehreren Threads wirken wie Spam; schreib eine Antwort, die zu diesem Thread passt.',
    'finding.promo.couponCode':
      'Gutscheincode „{code}“: Rabattcodes wirken im Gespräch wie Werbung. Nenn ihn nur, wenn jemand danach fragt.',
    'finding.promo.discount':
      '„{phrase}“ bewirbt einen Rabatt. Im Gespräch wirkt das wie ein Verkaufsgespräch; beantworte erst die Frage und nenne Angebote nur auf Nachfrage.',
    'finding.promo.emojiFlood':
      '{count} Emojis hintereinander wirken wie ein Beitrag auf Reichweitenjagd. Ein oder zwei transportieren die Stimmung genauso gut.',
    'finding.promo.engagementAsk':
      '„{phrase}“ bittet um Follower, Likes oder Abos. Solche Bitten nerven (wie Auto-DMs à la „Folge mir auch auf Facebook“); stell lieber eine Frage zum Thema.',
    'finding.promo.exclamationRun': '{count} Ausrufezeichen wirken wie Schreien oder Werbung. Eines reicht.',
    'finding.promo.hashtagFlood':
      '{count} Hashtags wirken wie ein Beitrag auf Reichweitenjagd. Behalte die ein, zwei, die sagen, worum es geht.',
    'finding.promo.hiddenLink':
      'Eine Adresse, die Linkfilter umgehen soll („{host}“), ist ein typischer Spam-Trick. Wenn der Link hilft, poste ihn normal und sag, warum.',
    'finding.promo.link':
      'Ein Link zu {host}. Ein Link, der eine Frage beantwortet, ist in Ordnung; sag in einem Satz, was man dort findet.',
    'finding.promo.linkOnly':
      'Ein Kommentar, der kaum mehr als ein Link zu {host} ist, wirkt wie Spam. Sag in eigenen Worten, was es ist und warum es hier hilft.',
    'finding.promo.mentionFlood':
      '{count} @-Erwähnungen in einem Beitrag wirken wie Massen-Markieren. Markiere nur die, für die der Beitrag wirklich ist.',
    'finding.promo.moneyOffer':
      '„{phrase}“ ist Verkaufs- oder Geldverdien-Sprache. Im Gespräch wirkt das wie Werbung oder Abzocke; lass es weg.',
    'finding.promo.price':
      '„{phrase}“ nennt einen Preis. Das hilft, wenn jemand gefragt hat; sonst wirkt es wie ein Verkaufsgespräch.',
    'finding.promo.referralLink':
      'Dieser Link zu {host} enthält einen Empfehlungs- oder Tracking-Code, bringt dem Poster also etwas ein: Das wirkt auf Leser wie Werbung. Nimm die schlichte Adresse.',
    'finding.promo.selfPromotion':
      '„{phrase}“ verweist auf deinen eigenen Kanal, deine Seite oder deinen Shop. In fremden Gesprächen wirkt das wie Spam; trag lieber etwas zum Thema bei, dann finden dich die Leute von selbst.',
    'finding.promo.shortLink':
      'Ein gekürzter Link ({host}) verbirgt, wohin er führt, und genau das tut Spam. Nimm die volle Adresse und sag, was dort ist.',
    'finding.promo.stretchedWord':
      '„{word}“: gedehnte Buchstaben wirken wie Schreien oder Betteln. Das schlichte Wort liest sich leichter.',
  },
};
