// Triage of thread items: is this a question, is it a complaint (both need an answer, on the reply clock).
import type { RuleInput, ToneResult } from '../types';

export function triage(_input: RuleInput, _tone: ToneResult): { isQuestion: boolean; isComplaint: boolean } {
  return { isQuestion: false, isComplaint: false };
}
