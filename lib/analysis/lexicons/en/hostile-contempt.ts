// English contempt: slurs for groups, dehumanising words, disgust and scorn markers.
// Built by hand for Listen First from common online hate-speech vocabulary (no third-party list);
// licence as the project. Entry syntax: see ../../match/word-forms.ts.

/** Slurs for groups (origin, religion, sexuality, disability): offensive in every context. */
export const EN_SLURS: readonly string[] = [
  'chink',
  'dyke',
  'fag',
  'faggot',
  'gook',
  'kike',
  'nigga',
  'nigger',
  'paki',
  'raghead',
  'retard',
  'retarded',
  'spastic',
  'spic',
  'towelhead',
  'tranny',
  'wetback',
];

export const EN_CONTEMPT: readonly string[] = [
  'cockroaches=',
  'death to',
  'degenerate',
  'feminazi',
  'go back to where you came from',
  'inbred',
  'kill all',
  'libtard',
  'parasites=',
  'savages=',
  'scum',
  'subhuman',
  'vermin',
];

export const EN_CONTEMPT_MILD: readonly string[] = [
  'disgusting',
  'filth',
  'filthy',
  'garbage',
  'gross=',
  'repulsive',
  'trash',
  'vile',
];

export const EN_CONTEMPT_WEAK: readonly string[] = ['get a life', 'nobody asked you', 'stupidity', 'you people'];

export const EN_NOT_HOSTILE: readonly string[] = ['scunthorpe'];
