// English strings of the reply queue (side panel, popup, action badge); registered by lib/i18n/pages.ts.
export const queueEn = {
  'queue.title': 'Waiting for your answer',
  'queue.elsewhere': 'Waiting elsewhere',
  'queue.empty': 'Nobody is waiting for an answer in the threads you read.',
  'queue.count': '{count} waiting for your answer',
  'queue.kind.question': 'Question',
  'queue.kind.complaint': 'Complaint',
  'queue.wait.fresh': 'within 30 min',
  'queue.wait.day': 'over 30 min',
  'queue.wait.late': 'over 24 h',
  'queue.age.minutes': '{n} min ago',
  'queue.age.hours': '{n} h ago',
  'queue.age.days': '{n} days ago',
  'queue.by': '{author} on {site}',
  'queue.open': 'Open',
  'queue.open.label': "Open {author}'s comment on {site} in a new tab",
  'queue.done': 'Done',
  'queue.done.label': "Mark {author}'s comment as done",
  'queue.more': '{count} more in the side panel',
  'queue.moreHere': 'The {shown} longest waits of {total} are shown.',
  'queue.badge': 'Listen First: {count} waiting for your answer',
} as const;

export type QueueMessageKey = keyof typeof queueEn;
