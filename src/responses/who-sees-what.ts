import { deadlineInWords } from '../common/deadline-words';
import { fill, formWords } from './form-words';
import type { Questionnaire } from './questionnaire';

/** What the rater reads before the first question: until when they can answer, and who will see what. */
export interface BeforeYouStart {
  deadline: string;
  groups: { label: string; rule: string; yours: boolean }[];
  readers: string;
}

/**
 * In plain words, from the survey's own groups: an anonymous group's answers show only as
 * averages once enough of it answered; the manager and the leader's self-assessment are
 * identified. The same rules the report enforces, said before anyone writes a word.
 */
export function beforeYouStart(q: Questionnaire, language = 'en'): BeforeYouStart {
  const words = formWords(language);
  const leader = q.leader.name;
  return {
    deadline: q.campaign.closesAt ? fill(words.deadline, { date: deadlineInWords(new Date(q.campaign.closesAt), language) }) : words.noDeadline,
    groups: q.groups.map((group) => ({
      label: group.id === 'self' ? fill(words.selfGroup, { leader }) : group.label,
      yours: group.id === q.group.id,
      rule: group.anonymous
        ? fill(words.anonymousRule, { min: group.minResponses })
        : group.id === 'self'
          ? fill(words.selfRule, { leader })
          : fill(words.identifiedRule, { leader }),
    })),
    readers: fill(words.readers, { leader }),
  };
}
