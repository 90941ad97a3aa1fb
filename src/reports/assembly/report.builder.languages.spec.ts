import type { RaterGroupId } from '../../surveys/survey.types';
import type { StoredComment } from '../../theming/comment.types';
import { buildReport } from './report.builder';
import { aggregates, comments, survey } from '../../../test/factories/report-builder.fixtures';

describe('buildReport with comments theming could not read', () => {
  const french = (groupId: RaterGroupId, kind: StoredComment['kind'], text: string, sortKey: number, themeIds: string[] = []): StoredComment => ({
    groupId,
    questionId: kind === 'text' ? 'strengths' : 'ssc',
    kind,
    text,
    themeIds,
    sentiment: 'positive',
    sortKey,
    language: 'fr',
  });
  const report = buildReport({
    campaignId: 'c3',
    survey,
    leaderName: 'Alex',
    aggregates: aggregates(),
    comments: [
      ...comments,
      french('peer', 'text', "Partage la vision de l'équipe en réunion.", 0.15),
      french('direct_report', 'text', "Partage la vision de l'équipe chaque semaine.", 0.25),
      french('peer', 'start', 'Commencer à déléguer les décisions.', 0.35),
      // Themed by the coach's hand in review: no longer without a theme.
      french('boss', 'text', 'Reste calme sous la pression des clients.', 0.45, ['composure']),
      // Of a group below its comment threshold: neither shown nor counted.
      french('other', 'text', 'Écoute peu les autres équipes en réunion.', 0.55),
    ],
  });

  it('lists them among the unthemed comments in their random order, each with its language, and counts them', () => {
    expect(report.unthemedComments).toEqual([
      { text: "Partage la vision de l'équipe en réunion.", bucket: 'peer', sentiment: 'positive', language: 'fr' },
      { text: "Partage la vision de l'équipe chaque semaine.", bucket: 'direct_report+other', sentiment: 'positive', language: 'fr' },
      { text: 'Kind to everyone', bucket: 'peer', sentiment: 'positive' },
      { text: 'Talks about the old vision', bucket: 'direct_report+other', sentiment: 'positive' },
    ]);
    expect(report.startStopContinue.start).toEqual([
      { text: 'Commencer à déléguer les décisions.', themeIds: [], bucket: 'peer', language: 'fr' },
      { text: 'Listen more', themeIds: ['communication'], bucket: 'peer' },
    ]);
    expect(theme('composure')).toContainEqual({ text: 'Reste calme sous la pression des clients.', bucket: 'boss', sentiment: 'positive', language: 'fr' });
    expect(report.commentsNotThemedForLanguage).toBe(3);
    expect(JSON.stringify(report)).not.toContain('Écoute peu');
  });

  it('keeps them out of emergent topics, which are found in English words, and out of clusters of similar suggestions', () => {
    expect(report.emergentTopics.flatMap((topic) => topic.comments).filter((comment) => comment.language)).toEqual([]);
    const start = report.suggestionsByTheme.start.flatMap((section) => section.clusters);
    expect(start.find((cluster) => cluster.texts.includes('Commencer à déléguer les décisions.'))).toEqual({
      texts: ['Commencer à déléguer les décisions.'],
      count: 1,
    });
  });

  it('counts none in a report of English comments only', () => {
    expect(buildReport({ campaignId: 'c4', survey, leaderName: 'Alex', aggregates: aggregates(), comments }).commentsNotThemedForLanguage).toBe(0);
  });

  function theme(id: string) {
    return report.themes.find((entry) => entry.id === id)?.comments;
  }
});
