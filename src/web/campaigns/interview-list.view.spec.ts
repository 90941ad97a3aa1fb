import { surveyFactory } from '../../../test/factories/survey.factory';
import type { InterviewView } from '../../responses/dto/interview.dto';
import { interviewRows, valuesOfInterview } from './interview-list.view';

describe('the list of interviews the coach entered', () => {
  const survey = surveyFactory();
  const interview = (overrides: Partial<InterviewView>): InterviewView => ({
    id: 'i1',
    group: 'peer',
    enteredOn: '2026-12-07',
    notes: 'Listens well',
    ratings: { 'communication.listens': 4, 'execution.commits': 2 },
    countedInVersion: null,
    removable: true,
    ...overrides,
  });

  it('names groups and days in the page’s words, and offers removal only until a version counts the interview, saying why it stays', () => {
    const rows = interviewRows(survey, { id: 'c1', takesAnswers: true }, [
      interview({}),
      interview({ id: 'i2', group: 'direct_report', ratings: {}, countedInVersion: 3, removable: false }),
      interview({ id: 'i3', notes: null, ratings: { 'communication.listens': 1 }, removable: false }),
    ]);
    expect(rows).toEqual([
      {
        id: 'i1',
        entered: '7 Dec 2026',
        group: 'Peers',
        notes: 'Listens well',
        ratings: '2 ratings',
        correctHref: '/coach/campaigns/c1/interviews/i1/edit',
        removeHref: '/coach/campaigns/c1/interviews/i1/remove',
        stays: null,
      },
      {
        id: 'i2',
        entered: '7 Dec 2026',
        group: survey.groups.find((group) => group.id === 'direct_report')?.label,
        notes: 'Listens well',
        ratings: 'None',
        correctHref: null,
        removeHref: null,
        stays: 'Report version 3 counts this interview, and a version never changes: it stays.',
      },
      {
        id: 'i3',
        entered: '7 Dec 2026',
        group: 'Peers',
        notes: '(entered before notes were kept with their interview)',
        ratings: '1 rating',
        correctHref: null,
        removeHref: null,
        stays: 'Entered before interviews could be removed: it stays.',
      },
    ]);
  });

  it('offers no correction once the campaign takes no answers, only the removal; and starts a correction from the interview as entered', () => {
    const [row] = interviewRows(survey, { id: 'c1', takesAnswers: false }, [interview({})]);
    expect([row.correctHref, row.removeHref]).toEqual([null, '/coach/campaigns/c1/interviews/i1/remove']);
    expect(valuesOfInterview(interview({}))).toEqual({
      group: 'peer',
      notes: 'Listens well',
      ratings: { 'communication.listens': '4', 'execution.commits': '2' },
    });
  });
});
