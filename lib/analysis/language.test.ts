// Language detection table: German, English, mixed, other languages (by function words and writing systems),
// and short texts with and without a hint.
import { describe, expect, it } from 'vitest';
import { activeLanguages, detectLanguage } from './language';
import { tokenize } from './tokenize';

const detect = (text: string, hint?: string) => detectLanguage(text, tokenize(text), hint);

describe('detectLanguage', () => {
  it.each([
    ['Kaufen Sie unser Produkt X!', undefined, 'de'],
    ['Wie finden Sie unser neues Produkt X?', undefined, 'de'],
    ['Danke fürs Folgen. Folge mir auch auf Facebook', undefined, 'de'],
    ['Check out my channel and subscribe, it is really good', undefined, 'en'],
    ["That's not true and you know it", undefined, 'en'],
    ['Das ist echt ein game changer, I love it so much, thanks!', 'de', 'de'],
    ['Honestly the best team, das war wirklich super, thank you all so much!', undefined, 'en'],
    ['Le service client ne répond jamais à nos questions depuis des semaines.', undefined, 'fr'],
    ['El servicio al cliente nunca responde a nuestras preguntas desde hace semanas.', undefined, 'es'],
    ['Jetzt kaufen', 'de', 'de'],
    ['Jetzt kaufen', undefined, 'de'],
    ['Produkt X', undefined, 'und'],
    ['Feeling blessed tonight, amazing crowd everywhere', 'en', 'en'],
    ['Le service client ne répond jamais à nos questions depuis des semaines.', 'de', 'de'],
    [
      'Le service client ne répond jamais à nos questions depuis des semaines, et personne ne nous explique pourquoi la livraison est toujours bloquée.',
      'de',
      'fr',
    ],
    [
      'subscribe https://www.youtube.com/watch?v=abcdefghijklmnopqrstuvwxyz @someone_channel_name_here',
      undefined,
      'und',
    ],
    ['Die gehören an die Wand gestellt.', 'de', 'de'],
    ['Ich will das sehen.', undefined, 'de'],
    ['Ok, see you', 'de', 'de'],
    ['Produkt X', 'en', 'en'],
    ['buy now', 'en-GB', 'en'],
    ['👍👍', 'de-AT', 'de'],
    ['', undefined, 'und'],
  ])('%j (hint %s) -> %s', (text, hint, expected) => {
    expect(detect(text, hint)).toBe(expected);
  });
});

describe('detectLanguage: other languages (compact detector, no franc)', () => {
  it.each([
    ['Le service client ne répond jamais à nos questions et personne ne sait pourquoi la commande est bloquée.', 'fr'],
    ['Merci beaucoup pour votre soutien, nous sommes très heureux de vous retrouver cette année.', 'fr'],
    ['Muchas gracias por todo, fue un evento increíble y nos vemos el año que viene.', 'es'],
    ['El servicio al cliente nunca responde a nuestras preguntas desde hace semanas.', 'es'],
    ['Il servizio clienti non risponde mai alle nostre domande e nessuno sa perché.', 'it'],
    ['Grazie mille a tutti per il supporto, è stata una giornata fantastica con voi.', 'it'],
    ['O atendimento ao cliente nunca responde às nossas perguntas e ninguém sabe por quê.', 'pt'],
    ['Muito obrigado a todos pelo apoio, foi um dia incrível com vocês.', 'pt'],
    ['De klantenservice reageert nooit op onze vragen en niemand weet waarom de bestelling vastzit.', 'nl'],
    ['Heel erg bedankt voor jullie steun, het was een geweldige dag met jullie allemaal.', 'nl'],
    ['Obsługa klienta nigdy nie odpowiada na nasze pytania i nikt nie wie, dlaczego zamówienie utknęło.', 'pl'],
    ['Dziękuję wszystkim za wsparcie, to był wspaniały dzień razem z wami.', 'pl'],
    ['Müşteri hizmetleri sorularımıza hiç cevap vermiyor ve siparişin neden beklediğini kimse bilmiyor.', 'tr'],
    ['Desteğiniz için çok teşekkürler, bu gerçekten harika bir gün oldu ve sizinle olmak güzeldi.', 'tr'],
    ['Kundtjänsten svarar aldrig på våra frågor och ingen vet varför beställningen har fastnat.', 'sv'],
    ['Tack så mycket för ert stöd, det var en fantastisk dag med er alla.', 'sv'],
    ['Kundeservice svarer aldrig på vores spørgsmål, og ingen ved, hvorfor bestillingen sidder fast.', 'da'],
    ['Mange tak for jeres støtte, det var en fantastisk dag sammen med jer alle sammen.', 'da'],
    ['Kundeservice svarer aldri på spørsmålene våre, og ingen vet hvorfor bestillingen står fast.', 'no'],
    ['Tusen takk for støtten, det var en fantastisk dag sammen med dere alle.', 'no'],
    ['Служба поддержки никогда не отвечает на наши вопросы, и никто не знает почему.', 'ru'],
    ['Дякую всім за підтримку, це був чудовий день разом з вами.', 'uk'],
    ['Η εξυπηρέτηση πελατών δεν απαντά ποτέ στις ερωτήσεις μας και κανείς δεν ξέρει γιατί.', 'el'],
    ['خدمة العملاء لا ترد أبدا على أسئلتنا ولا أحد يعرف السبب في ذلك حتى الآن', 'ar'],
    ['שירות הלקוחות אף פעם לא עונה לשאלות שלנו ואף אחד לא יודע למה זה קורה', 'he'],
    ['カスタマーサービスは私たちの質問にまったく答えてくれません。誰も理由を知りません。本当に困っています。', 'ja'],
    ['客户服务从来不回答我们的问题，也没有人知道为什么订单一直卡住了，我们真的很失望，希望尽快解决这个问题。', 'zh'],
    ['고객 서비스는 우리의 질문에 전혀 답하지 않고 아무도 그 이유를 모릅니다. 정말 답답하고 화가 많이 납니다.', 'ko'],
  ])('%j -> %s', (text, expected) => {
    expect(detect(text)).toBe(expected);
    // A German or English page hint still wins on short texts, as before.
    expect(detect(text, 'de')).toBe((text.match(/\p{L}/gu)?.length ?? 0) < 120 ? 'de' : expected);
  });

  it('names a long other-language text on a German page, so no German or English list runs on it', () => {
    const text =
      'Nous avons commandé trois fois chez vous et chaque fois la livraison arrive en retard, sans aucune explication de votre part, et le service client ne répond jamais.';
    expect(detect(text, 'de')).toBe('fr');
    expect(activeLanguages(detect(text, 'de'), tokenize(text))).toEqual([]);
  });

  it('keeps German and English texts without their function words German or English (not another language)', () => {
    expect(detect('Ausreisepflichtige kriminelle Ausländer müssen schnellstmöglich raus aus Deutschland.')).toBe('de');
    expect(
      detect('Die Tarifverhandlungen wurden von beiden Seiten schlecht geführt, am Ende leiden die Fahrgäste.'),
    ).toBe('de');
    expect(
      detect('Die Baustelle vor unserem Haus beginnt jeden Morgen um 6 Uhr, die Anwohner sind total am Ende.', 'de'),
    ).toBe('de');
    expect(detect('Money getting taller and bitches getting blurry, that is the plan tonight', 'en')).toBe('en');
  });

  it('ignores links and mentions when naming a language', () => {
    expect(
      detect('subscribe https://www.youtube.com/watch?v=ceci_est_une_video_de_la_chaine @le_compte_de_la_chaine'),
    ).toBe('und');
  });
});

describe('activeLanguages', () => {
  it('adds English to a German text that carries English phrases', () => {
    const text = 'Das ist so toll, I love it and thank you for the great support';
    expect(activeLanguages('de', tokenize(text))).toEqual(['de', 'en']);
  });
  it('keeps a plain German text German', () => {
    expect(activeLanguages('de', tokenize('Das stimmt so nicht, wir haben immer geantwortet.'))).toEqual(['de']);
  });
  it('uses both word lists when the language is unknown, none for other languages', () => {
    expect(activeLanguages('und', [])).toEqual(['de', 'en']);
    expect(activeLanguages('fr', [])).toEqual([]);
  });
});
