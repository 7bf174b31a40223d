// German and English words that carry grammar, not meaning (articles, pronouns, prepositions, conjunctions,
// auxiliaries). The learned layer takes no character grams of them and never highlights them as a reason.
// Written for Listen First; licence as the project.
export const GRAMMAR_WORDS: readonly string[] =
  `der die das den dem des ein eine einen einem einer eines und oder aber für mit von
zu zum zur im in am an auf bei bis aus nach vor über unter ist sind war hat haben wird werden es er sie wir ihr du
ich man sich uns euch dich dir mich mir unser unsere unseren unserem unserer euer eure euren eurem deine dein deinen
deinem ihre ihren ihrem ihnen sein seine so auch noch nur mal da wie was wer wenn dass als nicht kein keine doch ja
schon sehr hier dort dann denn weil ob the a an and or but for with of to in on at by from is are was were be been
it its this that these those you your yours we our ours they their them i me my he she his her him us all any some
will would can could should just so as if than then there here not no do does did have has had`.split(/\s+/);
