// English threats and wishes of violence or death, as phrases ("I know where you live", "you'll regret this").
// Built by hand for Listen First from everyday English usage (no third-party list); licence as the project.
// Entry syntax: see ../../match/word-forms.ts; punctuation is ignored inside phrases.

export const EN_THREATS: readonly string[] = [
  'better watch your back',
  'die in a fire',
  'go die',
  'hope you die',
  'i know where you live',
  "i'll end you",
  "i'll find you",
  "i'll hunt you down",
  "i'll kill you",
  "i'll make you pay",
  "i'm going to kill you",
  'i will find you',
  'i will kill you',
  'kill yourself',
  'kys=',
  'should be hanged',
  'should be shot',
  'watch your back',
  'we know where you live',
  'you deserve to die',
  'you will pay for this',
  'you will regret',
  "you'll pay for this",
  "you'll regret",
  "you're dead",
  "you're going to regret",
  "you're gonna regret",
  'your days are numbered',
];
