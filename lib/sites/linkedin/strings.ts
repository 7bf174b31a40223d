// LinkedIn UI words the adapter must recognise, per locale (German first): badges and degree markers that
// trail a name, the own-item marker, "…more" toggles inside texts. Hooks come first; these only clean text.

export type LinkedinLocale = 'de' | 'en' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'pl';

export interface LinkedinStrings {
  /** Badges shown after a name ("Verfasser:in" marks the post's author); removed from names. */
  badges: readonly string[];
  /** Degree markers after "•" ("2.", "2nd"); removed from names. */
  degrees: readonly string[];
  /** The marker after "•" that LinkedIn shows on the logged-in member's own items. */
  own: readonly string[];
  /** "See more" toggles that sit inside a text container; cut from the end of texts. */
  seeMore: readonly string[];
  /** Prefixes of avatar alt texts before the member's name ("Foto von Anna Example"). */
  photoOf: readonly string[];
}

// de/en: as before (en checked against shared/captures/linkedin, 2026-07). fr, es, it, pt, nl, pl are NOT checked
// against a live page or capture (no public capture in those UI languages was found): the toggles ("…plus",
// "…más", "…altro", "…mais", "…meer", "…więcej") and own markers ("Vous", "Tú", "Tu", "Você", "Jij", "Ty") are
// the ones the issue lists; degrees follow each language's ordinal style ("1er"/"2e" fr, "1.º" es, "1°" it,
// "1º" pt, "1e" nl, "1." pl) and badges/photo prefixes are translations: unverified guesses. A wrong guess here
// only leaves a badge in a name or a toggle in a text; it never finds or hides an item.
export const STRINGS: Record<LinkedinLocale, LinkedinStrings> = {
  de: {
    badges: ['Verfasser:in', 'Verfasser', 'Verfasserin', 'Autor:in', 'Premium', 'Verifiziert', 'Top Voice'],
    degrees: ['1.', '2.', '3.', '3.+'],
    own: ['Sie', 'Du'],
    seeMore: ['…mehr', '... mehr', '… mehr', 'mehr anzeigen'],
    photoOf: ['Foto von ', 'Profilbild von ', 'Profilfoto von '],
  },
  en: {
    badges: ['Author', 'Premium', 'Verified', 'Top Voice'],
    degrees: ['1st', '2nd', '3rd', '3rd+'],
    own: ['You'],
    seeMore: ['…more', '... more', '… more', '…see more', 'see more'],
    photoOf: ['Photo of ', 'View profile of '],
  },
  fr: {
    badges: ['Auteur', 'Auteure', 'Premium', 'Vérifié', 'Top Voice'],
    degrees: ['1er', '2e', '3e', '3e+', '3e et +'],
    own: ['Vous'],
    seeMore: ['…plus', '... plus', '… plus', '…voir plus', 'voir plus'],
    photoOf: ['Photo de ', 'Voir le profil de '],
  },
  es: {
    badges: ['Autor', 'Autora', 'Premium', 'Verificado', 'Top Voice'],
    degrees: ['1.º', '2.º', '3.º', '3.º+', '1er', '2º', '3er+'],
    own: ['Tú', 'Tu'],
    seeMore: ['…más', '... más', '… más', '…ver más', 'ver más'],
    photoOf: ['Foto de ', 'Ver perfil de '],
  },
  it: {
    badges: ['Autore', 'Autrice', 'Premium', 'Verificato', 'Top Voice'],
    degrees: ['1°', '2°', '3°', '3°+', '1º', '2º', '3º+'],
    own: ['Tu'],
    seeMore: ['…altro', '... altro', '… altro', '…vedi altro', 'mostra altro', 'vedi altro'],
    photoOf: ['Foto di ', 'Visualizza il profilo di '],
  },
  pt: {
    badges: ['Autor', 'Autora', 'Premium', 'Verificado', 'Top Voice'],
    degrees: ['1º', '2º', '3º', '3º+', '1°', '2°', '3°+'],
    own: ['Você', 'Tu'],
    seeMore: ['…mais', '... mais', '… mais', '…ver mais', 'ver mais'],
    photoOf: ['Foto de ', 'Ver perfil de '],
  },
  nl: {
    badges: ['Auteur', 'Premium', 'Geverifieerd', 'Top Voice'],
    degrees: ['1e', '2e', '3e', '3e+'],
    own: ['Jij'],
    seeMore: ['…meer', '... meer', '… meer', '…meer weergeven', 'meer weergeven'],
    photoOf: ['Foto van ', 'Profiel bekijken van '],
  },
  pl: {
    badges: ['Autor', 'Autorka', 'Premium', 'Zweryfikowano', 'Top Voice'],
    degrees: ['1.', '2.', '3.', '3.+'],
    own: ['Ty'],
    seeMore: ['…więcej', '... więcej', '… więcej', '…zobacz więcej', 'zobacz więcej', 'pokaż więcej'],
    photoOf: ['Zdjęcie użytkownika ', 'Zdjęcie ', 'Wyświetl profil użytkownika '],
  },
};

/** Every locale's words of one kind: a page may mix languages (UI in German, member names in English). */
export function allLocales<K extends keyof LinkedinStrings>(kind: K): string[] {
  return Object.values(STRINGS).flatMap((s) => [...s[kind]]);
}
