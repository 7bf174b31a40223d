// UI messages for the hostile findings, in both languages. Keys are the rules' messageKey values.
import type { FindingMessages } from './types';

export const hostileMessages: FindingMessages = {
  en: {
    // The learned layer's finding (lib/analysis/models): no rule fired, the model's heaviest words are shown.
    'finding.model.hostile':
      '“{words}” sounds hostile: the whole text reads as an attack, and these words weigh most. Readers hear the attack, not your point; say what bothers you in calm words.',
    'finding.hostile.insult':
      '“{words}” is name-calling. It attacks the person instead of the point, and everyone reading stops listening. Say what you disagree with instead.',
    'finding.hostile.insultAdjective':
      '“{words}” judges the person, not the argument. Explain what does not convince you and why.',
    'finding.hostile.profanity':
      '“{words}” is swearing. It makes you sound out of control and coarsens the thread; the point works without it.',
    'finding.hostile.threat':
      '“{words}” reads as a threat or a wish for harm. That is never acceptable in public, and it may be unlawful. Leave it out.',
    'finding.hostile.slur': '“{words}” is a slur against a group of people. It hurts everyone it names; leave it out.',
    'finding.hostile.contempt':
      '“{words}” treats people with contempt or as less than human. Name the people or the problem in neutral words.',
    'finding.hostile.scorn':
      '“{words}” sounds scornful. Criticism lands better when you describe what happened and how it affects you.',
  },
  de: {
    'finding.model.hostile':
      '„{words}“ klingt feindselig: Der ganze Text liest sich wie ein Angriff, und diese Wörter wiegen am meisten. Mitlesende hören den Angriff, nicht dein Argument; sag ruhig, was dich stört.',
    'finding.hostile.insult':
      '„{words}“ ist eine Beschimpfung. Sie greift die Person an statt der Sache, und wer mitliest, hört nicht mehr zu. Sag lieber, womit du nicht einverstanden bist.',
    'finding.hostile.insultAdjective':
      '„{words}“ wertet die Person ab, nicht das Argument. Erkläre, was dich nicht überzeugt und warum.',
    'finding.hostile.profanity':
      '„{words}“ ist Fluchen. Du wirkst damit unbeherrscht, und der Ton im Thread wird rauer; dein Punkt wirkt auch ohne.',
    'finding.hostile.threat':
      '„{words}“ liest sich als Drohung oder als Wunsch, dass jemandem etwas zustößt. Das geht öffentlich nie und kann strafbar sein. Lass es weg.',
    'finding.hostile.slur':
      '„{words}“ ist ein abwertendes Schimpfwort für eine Gruppe von Menschen. Es verletzt alle, die damit gemeint sind; lass es weg.',
    'finding.hostile.contempt':
      '„{words}“ behandelt Menschen verächtlich oder spricht ihnen das Menschsein ab. Benenne die Menschen oder das Problem mit neutralen Worten.',
    'finding.hostile.scorn':
      '„{words}“ klingt verächtlich. Kritik kommt besser an, wenn du beschreibst, was passiert ist und was es für dich bedeutet.',
  },
};
