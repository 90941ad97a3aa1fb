import { aggregateAnswers } from '../../../test/factories/random-campaign';
import { surveyFactory } from '../../../test/factories/survey.factory';
import { buildReport } from '../assembly/report.builder';
import { cutVersion } from './version-cutting';
import { findLeaks, shownFigures } from '../disclosure/version-disclosure';

describe('cutVersion', () => {
  const survey = surveyFactory();
  // Items: communication.listens, communication.clear, execution.commits, execution.priorities.
  const answers = {
    self: [],
    boss: [[4, 4, 4, 4]],
    peer: [
      [3, null, 3, 3],
      [4, 4, 4, 4],
      [5, 5, 5, 5],
      [2, 2, 2, 2],
    ],
    direct_report: [],
    other: [],
  };
  const frozen = aggregateAnswers(survey, answers);

  it('keeps a version that is safe on its own as it is', () => {
    const cut = cutVersion({
      survey,
      history: [],
      frozen,
      build: (forced) => buildReport({ campaignId: 'c', survey, leaderName: 'Alex', aggregates: frozen, comments: [], forcedSuppressions: forced }),
    });
    expect(cut?.forced).toEqual([]);
    expect(cut?.report.items.find((item) => item.id === 'communication.clear')?.scores.peer).toMatchObject({ n: 3 });
  });

  it('cuts nothing when history already gives a rater away, rather than pretend the new version is safe', () => {
    // An earlier "version" that showed a lone peer's figure: nothing the next one withholds can undo it.
    const lonePeer = aggregateAnswers(survey, { ...answers, peer: [answers.peer[0]] });
    const leaky = [{ frozen: lonePeer, figures: [{ kind: 'item' as const, scopeId: 'communication.listens', groups: ['peer' as const], column: 'peer' }] }];
    expect(findLeaks(survey, leaky)).toContainEqual({ scope: 'communication.listens', groups: ['peer'], raters: 1 });
    const build = (forced: ReadonlySet<string>) =>
      buildReport({ campaignId: 'c', survey, leaderName: 'Alex', aggregates: frozen, comments: [], forcedSuppressions: forced });
    expect(cutVersion({ survey, history: leaky, frozen, build })).toBeNull();
    expect(shownFigures(build(new Set())).length).toBeGreaterThan(0);
  });
});
