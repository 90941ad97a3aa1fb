import { surveyFactory } from '../../../test/factories/survey.factory';
import { interviewBody, interviewValuesOf, interviewView } from './interview.view';

describe('the interview form', () => {
  const survey = surveyFactory();

  it('reads only the survey’s items from the posted form, and sends the API only the ratings the coach asked about, as numbers', () => {
    const values = interviewValuesOf(survey, {
      group: 'peer',
      notes: 'Listens well',
      ratings: { 'communication.listens': '4', 'execution.commits': '', 'no.such-item': '5' },
    });
    expect(values.ratings).toEqual({ 'communication.listens': '4', 'communication.clear': '', 'execution.commits': '', 'execution.priorities': '' });
    expect(interviewBody(values)).toEqual({ group: 'peer', notes: 'Listens well', ratings: { 'communication.listens': 4 } });
    expect(interviewBody({ group: 'peer', notes: 'x', ratings: { 'communication.listens': '' } })).toEqual({ group: 'peer', notes: 'x' });
  });

  it('offers each item on its own scale, "Not asked" first, and keeps what was typed beside the problems', () => {
    const view = interviewView(
      survey,
      'Alex',
      { group: '', notes: 'Kept', ratings: { 'communication.listens': '2' } },
      { group: 'must be one of: peer', notes: 'x', 'ratings.communication.listens': 'bad', '': 'Something else' },
    );
    const listens = view.themes.flatMap((theme) => theme.fields).find((field) => field.name === 'ratings[communication.listens]');
    expect(listens?.options.map((option) => option.label)).toEqual(['Not asked', ...survey.scale.labels.map((label, index) => `${index + 1}: ${label}`)]);
    expect(listens?.options.find((option) => option.selected)?.value).toBe('2');
    expect(listens?.error).toBe('bad');
    expect(view.groupField.error).toBe('choose the group of the person you interviewed');
    expect(view.notesField.value).toBe('Kept');
    expect(view.problems).toEqual(['Something else']);
  });
});
