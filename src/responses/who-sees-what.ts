import { deadlineInWords } from '../common/deadline-words';
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
export function beforeYouStart(q: Questionnaire): BeforeYouStart {
  const leader = q.leader.name;
  return {
    deadline: q.campaign.closesAt
      ? `Please answer by ${deadlineInWords(new Date(q.campaign.closesAt))}. The link stops working then; until then you can save and come back.`
      : 'There is no fixed deadline: the coach closes the survey when enough people have answered. Until then you can save and come back.',
    groups: q.groups.map((group) => ({
      label: group.id === 'self' ? `${leader} (self-assessment)` : group.label,
      yours: group.id === q.group.id,
      rule: group.anonymous
        ? `anonymous. Their ratings are shown only as averages, and only once at least ${group.minResponses} of them have answered; a smaller group is shown together with other anonymous groups. Their comments carry no name and are never linked to each other.`
        : group.id === 'self'
          ? `not anonymous: shown as ${leader}'s own view, next to what others said.`
          : `not anonymous: ${leader} and the coach see these answers as theirs.`,
    })),
    readers: `Who reads the report: ${leader} and their coach. A sponsor sees only the goals and progress ${leader} chooses to share, never anyone's answers.`,
  };
}
