// Shape of a finding-message table: the same keys in German and English ({placeholders} from the finding's args).
export interface FindingMessages {
  en: Record<string, string>;
  de: Record<string, string>;
}
