import type { SurveyGroup } from '../../surveys/survey.types';
import { previewRaterList } from './rater-csv';

const groups: SurveyGroup[] = [
  { id: 'self', label: 'Self', anonymous: false, minResponses: 1 },
  { id: 'boss', label: 'Manager', anonymous: false, minResponses: 1 },
  { id: 'peer', label: 'Peers', anonymous: true, minResponses: 3 },
  { id: 'direct_report', label: 'Direct reports', anonymous: true, minResponses: 3 },
];
const context = { groups, leaderEmail: 'alex@example.com', existingEmails: ['kept@example.com'] };

describe('previewRaterList', () => {
  it('reads a list with or without a header, by group id, label or a usual name, and flags nothing when all is well', () => {
    const preview = previewRaterList(
      'name,email,group\nSam Lee,Sam@Example.com,peer\n"Lee, Kim",kim@example.com,Direct reports\nPat;pat@example.com;manager\n',
      context,
    );
    expect(preview.problems).toEqual([]);
    expect(preview.rows.map((row) => row.problems)).toEqual([[], [], []]);
    expect(preview.ready).toEqual([
      { name: 'Sam Lee', email: 'sam@example.com', group: 'peer' },
      { name: 'Lee, Kim', email: 'kim@example.com', group: 'direct_report' },
      { name: 'Pat', email: 'pat@example.com', group: 'boss' },
    ]);
    expect(previewRaterList('Sam,sam@example.com,peers', context).ready).toHaveLength(1);
  });

  it('flags a bad email, an unknown group, a duplicate, someone already asked and the leader, and keeps only the good rows', () => {
    const preview = previewRaterList(
      [
        'Ann,ann@example,peer',
        'Bob,bob@example.com,friends',
        'Cy,cy@example.com,peer',
        'Cy again,CY@example.com,peer',
        'Kept,kept@example.com,peer',
        'Alex,alex@example.com,peer',
        'Me,me@example.com,self',
        'Dee,dee@example.com',
      ].join('\n'),
      context,
    );
    expect(preview.rows.map((row) => [row.line, row.problems])).toEqual([
      [1, ['“ann@example” is not an email address']],
      [2, ['“friends” is not a group of this survey (Manager, Peers, Direct reports)']],
      [3, []],
      [4, ['is listed twice (also on line 3)']],
      [5, ['is already a rater of this campaign']],
      [6, ["is the leader's email: the leader answers the self-assessment, added automatically"]],
      [7, ['the leader answers as self, added automatically']],
      [8, ['has 2 columns: write name, email, group', '“” is not a group of this survey (Manager, Peers, Direct reports)']],
    ]);
    expect(preview.ready).toEqual([{ name: 'Cy', email: 'cy@example.com', group: 'peer' }]);
  });

  it('says so when the text cannot be read or holds nothing', () => {
    expect(previewRaterList('Sam,"sam@example.com,peer', context).problems[0]).toMatch(/^The list could not be read/);
    expect(previewRaterList('\n\n', context).problems).toEqual(['The list is empty: write one rater a line, as name, email, group.']);
  });

  describe('with a language column', () => {
    const withLanguages = { ...context, languages: ['en', 'fr'] };

    it('sets the language of the rows that name one, and leaves it unset where the column is empty or missing', () => {
      const preview = previewRaterList(
        'name,email,group,language\nSam Lee,sam@example.com,peer,fr\nKim,kim@example.com,peer,\nPat,pat@example.com,manager\nJo,jo@example.com,peer,EN\n',
        withLanguages,
      );
      expect(preview.rows.map((row) => row.problems)).toEqual([[], [], [], []]);
      expect(preview.ready).toEqual([
        { name: 'Sam Lee', email: 'sam@example.com', group: 'peer', language: 'fr' },
        { name: 'Kim', email: 'kim@example.com', group: 'peer' },
        { name: 'Pat', email: 'pat@example.com', group: 'boss' },
        { name: 'Jo', email: 'jo@example.com', group: 'peer', language: 'en' },
      ]);
    });

    it('flags a language raters cannot be asked in, naming the column, and keeps the row out', () => {
      const preview = previewRaterList('Sam Lee,sam@example.com,peer,fr\nKim,kim@example.com,peer,xx\nPat,pat@example.com,peer,fr,extra', withLanguages);
      expect(preview.rows.map((row) => [row.line, row.problems])).toEqual([
        [1, []],
        [2, ['language: “xx” is not a language raters can be asked in (en, fr)']],
        [3, ['has 5 columns: write name, email, group and, if you wish, language']],
      ]);
      expect(preview.ready).toEqual([{ name: 'Sam Lee', email: 'sam@example.com', group: 'peer', language: 'fr' }]);
    });

    it('is refused where languages are not taken (a leader’s nomination)', () => {
      expect(previewRaterList('Sam Lee,sam@example.com,peer,fr', context).rows[0].problems).toEqual(['has 4 columns: write name, email, group']);
    });
  });
});
