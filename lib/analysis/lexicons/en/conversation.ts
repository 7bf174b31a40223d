// English conversation phrases: know-it-all wording, dismissive replies to criticism, acknowledgment, disclosure.
// Written for Listen First from community-management practice; licence as the project.
import type { PhraseData } from '../types';

export const KNOW_IT_ALL_EN: readonly PhraseData[] = [
  { phrase: 'as everyone knows', suggestion: '' },
  { phrase: 'as i already said', suggestion: 'as mentioned' },
  { phrase: "as i've said before", suggestion: 'as mentioned' },
  { phrase: 'calm down', suggestion: 'I understand this is frustrating' },
  { phrase: 'clearly you', suggestion: 'maybe you' },
  { phrase: 'do your own research', suggestion: 'here is more on this' },
  { phrase: 'do your research', suggestion: 'here is more on this' },
  { phrase: 'educate yourself', suggestion: 'here is more on this' },
  { phrase: 'everyone knows that', suggestion: 'not everyone may know that' },
  { phrase: "it's not rocket science", suggestion: "here's how it works" },
  { phrase: "it's not that hard", suggestion: "here's how it works" },
  { phrase: 'just google it', suggestion: 'here is more on this' },
  { phrase: 'learn to read', suggestion: 'the details are here' },
  { phrase: 'let me educate you', suggestion: 'let me share some context' },
  { phrase: 'no offense but', suggestion: '' },
  { phrase: 'obviously you', suggestion: 'maybe you' },
  { phrase: 'read the faq', suggestion: 'the FAQ has more on this' },
  { phrase: 'with all due respect', suggestion: '' },
  { phrase: "you clearly don't understand", suggestion: 'maybe I was unclear' },
  { phrase: "you don't get it", suggestion: 'maybe I was unclear' },
  { phrase: "you don't understand", suggestion: 'maybe I was unclear' },
  { phrase: 'you misunderstood', suggestion: 'maybe I was unclear' },
];

export const DISMISSIVE_EN: readonly PhraseData[] = [
  { phrase: 'deal with it', suggestion: "I'm sorry this happened" },
  { phrase: 'not my problem', suggestion: 'let me find out who can help' },
  { phrase: 'not our fault', suggestion: "we'll look into what happened" },
  { phrase: 'not our problem', suggestion: 'let me find out who can help' },
  { phrase: 'nothing we can do', suggestion: 'let me see what we can do' },
  { phrase: "that can't be", suggestion: "we'll look into it" },
  { phrase: 'that is not true', suggestion: 'I see it a bit differently – may I explain why?' },
  { phrase: 'that is wrong', suggestion: 'I see it a bit differently – may I explain why?' },
  { phrase: "that's impossible", suggestion: "we'll look into it" },
  { phrase: "that's not true", suggestion: 'I see it a bit differently – may I explain why?' },
  { phrase: "that's wrong", suggestion: 'I see it a bit differently – may I explain why?' },
  { phrase: 'we did nothing wrong', suggestion: "we're checking what happened" },
  { phrase: 'you are wrong', suggestion: 'I think there may be a misunderstanding' },
  { phrase: "you're wrong", suggestion: 'I think there may be a misunderstanding' },
  { phrase: 'your problem', suggestion: 'frustrating for you' },
];

export const ACKNOWLEDGMENT_EN: readonly string[] = [
  'apologies',
  'apologise',
  'apologize',
  'appreciate',
  'fair point',
  'frustrating',
  'good point',
  'i understand',
  'seriously',
  'sorry',
  'thank you',
  'thanks',
  'understandable',
  'we hear you',
  'we understand',
  'you are right',
  "you're right",
];

export const CORRECTION_EN: readonly string[] = [
  'actually',
  'correction',
  'incorrect',
  'mistake',
  'not correct',
  "that's not true",
  'that is not true',
  'typo',
  'wrong',
];

export const DISCLOSURE_EN: readonly string[] = [
  '#ad',
  '#sponsored',
  'disclaimer',
  'disclosure',
  'employee',
  'i work at',
  'i work for',
  'i work with',
  'our',
  'sponsored',
  'we',
  "we're",
];

export const PRAISE_EN: readonly string[] = [
  'amazing',
  'awesome',
  'best',
  'excellent',
  'fantastic',
  'great',
  'love',
  'perfect',
  'recommend',
  'top',
  'unbeatable',
];
