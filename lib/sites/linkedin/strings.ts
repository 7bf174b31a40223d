// LinkedIn UI words the adapter must recognise, per locale (German first): badges and degree markers that
// trail a name, the own-item marker, "…more" toggles inside texts. Hooks come first; these only clean text.

export type LinkedinLocale = 'de' | 'en';

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
};

/** Every locale's words of one kind: a page may mix languages (UI in German, member names in English). */
export function allLocales<K extends keyof LinkedinStrings>(kind: K): string[] {
  return Object.values(STRINGS).flatMap((s) => [...s[kind]]);
}
