import fc from 'fast-check';
import { aggregateAnswers, type RandomCampaign as Campaign, isInterviewOf, randomCampaigns as campaigns } from '../../../test/factories/random-campaign';
import { surveyFactory } from '../../../test/factories/survey.factory';
import { Span } from '../../../test/utils/linear-span';
import { commentThreshold, type RaterGroupId, type SurveyDefinition } from '../../surveys/survey.types';
import { buildReport } from '../assembly/report.builder';
import { gapReading, meanInterval } from '../assembly/mean-interval';
import type { Report, ScoreCell } from '../assembly/report.types';

/**
 * The differencing attack, automated. Random campaigns go through folding and the report
 * builder; every figure the report shows is then an equation over the unknowns, the per-group
 * per-item totals of anonymous raters ("atoms"). Sums, sums of squares, rating counts and
 * histogram counts are all linear in the atoms with the same coefficients, so one linear system
 * covers them all. The attacker also knows every identified rater's answers and which atoms are
 * empty. No total over fewer than a threshold of anonymous raters may lie in the span.
 *
 * Two attackers read each report. A reader sees every answer as an unknown. The coach also knows
 * the interviews they entered, so for the coach an atom holds the rater answers only; the same
 * figures give the same equations over them, and no total of fewer than a threshold of rater
 * answers may lie in their span either.
 */
/** Every non-empty subset of a small list. */
const subsets = <T>(list: readonly T[]): T[][] =>
  Array.from({ length: 2 ** list.length - 1 }, (_, mask) => list.filter((_, index) => ((mask + 1) >> index) & 1));

type Attacker = 'reader' | 'coach';

/** The answers an attacker does not know: all of them for a reader; for the coach, all but the interviews. */
function unknownAnswers(campaign: Campaign, attacker: Attacker, group: RaterGroupId): (number | null)[][] {
  const interview = isInterviewOf(campaign);
  return campaign.answers[group].filter((_, index) => attacker === 'reader' || !interview(group, index));
}

const buildFrom = (campaign: Campaign, survey: SurveyDefinition = campaign.survey, comments: Parameters<typeof buildReport>[0]['comments'] = []): Report =>
  buildReport({
    campaignId: 'c',
    survey,
    leaderName: 'Alex',
    aggregates: aggregateAnswers(survey, campaign.answers, undefined, isInterviewOf(campaign)),
    comments,
  });

function leaks(campaign: Campaign, report: Report, attacker: Attacker = 'reader'): string[] {
  const { survey } = campaign;
  const items = survey.themes.flatMap((theme) => theme.items.map((item) => ({ ...item, themeId: theme.id })));
  const pooled = (themeId: string): Set<string> => new Set(items.filter((item) => item.themeId === themeId && item.kind !== 'change').map((item) => item.id));
  const anonymous = survey.groups.filter((group) => group.anonymous && group.id !== 'self');
  const threshold = (groups: readonly RaterGroupId[]): number =>
    Math.max(...groups.map((id) => survey.groups.find((group) => group.id === id)?.minResponses ?? 1));
  const atoms = anonymous.flatMap((group) =>
    items.map((item, index) => ({
      group: group.id,
      itemId: item.id,
      raters: unknownAnswers(campaign, attacker, group.id).filter((ratings) => ratings[index] !== null).length,
    })),
  );
  const vector = (member: (atom: (typeof atoms)[number]) => boolean): bigint[] => atoms.map((atom) => (member(atom) ? 1n : 0n));

  const known = new Span();
  for (const atom of atoms.filter((candidate) => candidate.raters === 0)) known.add(vector((other) => other === atom));
  for (const bucket of report.buckets.filter((candidate) => candidate.shown)) {
    const inBucket = (atom: (typeof atoms)[number]): boolean => bucket.groups.includes(atom.group);
    for (const item of report.items) if (item.scores[bucket.id]) known.add(vector((atom) => inBucket(atom) && atom.itemId === item.id));
    for (const theme of report.themes) if (theme.scores[bucket.id]) known.add(vector((atom) => inBucket(atom) && pooled(theme.id).has(atom.itemId)));
  }
  for (const item of report.items) if (item.scores.others) known.add(vector((atom) => atom.itemId === item.id));
  for (const theme of report.themes) if (theme.scores.others) known.add(vector((atom) => pooled(theme.id).has(atom.itemId)));

  const found: string[] = [];
  const check = (what: string, raters: number, groups: RaterGroupId[], member: (atom: (typeof atoms)[number]) => boolean): void => {
    if (raters > 0 && raters < threshold(groups) && known.contains(vector(member))) found.push(`${what} (${raters} raters)`);
  };
  // Any set of anonymous cells of one item: a single suppressed cell, a group, several groups.
  for (const item of items) {
    const column = atoms.filter((atom) => atom.itemId === item.id && atom.raters > 0);
    for (const chosen of subsets(column)) {
      check(
        `${chosen.map((atom) => atom.group).join('+')} on ${item.id}`,
        chosen.reduce((total, atom) => total + atom.raters, 0),
        chosen.map((atom) => atom.group),
        (atom) => chosen.includes(atom),
      );
    }
  }
  // Any set of anonymous groups on a theme, and on the whole survey (distinct raters count).
  const scopes = [
    ...survey.themes.map((theme) => ({ id: theme.id, itemIds: pooled(theme.id) })),
    { id: 'everything', itemIds: new Set(items.map((item) => item.id)) },
  ];
  for (const scope of scopes) {
    const indexes = items.flatMap((item, index) => (scope.itemIds.has(item.id) ? [index] : []));
    const ratersOf = (id: RaterGroupId): number =>
      unknownAnswers(campaign, attacker, id).filter((ratings) => indexes.some((index) => ratings[index] !== null)).length;
    // Groups with no rater in the scope add nothing to a set, and must not raise its threshold.
    for (const groups of subsets(anonymous.map((group) => group.id).filter((id) => ratersOf(id) > 0))) {
      check(
        `${groups.join('+')} on ${scope.id}`,
        groups.reduce((total, id) => total + ratersOf(id), 0),
        groups,
        (atom) => groups.includes(atom.group) && scope.itemIds.has(atom.itemId),
      );
    }
  }
  return found;
}

describe('no figure of fewer than a threshold of anonymous raters can be derived from a report', () => {
  it('holds for random surveys, group sizes, thresholds, "not observed" patterns and interviews, for readers and for the coach', () => {
    fc.assert(
      fc.property(campaigns, (campaign) => {
        const report = buildFrom(campaign);
        expect(leaks(campaign, report, 'reader')).toEqual([]);
        expect(leaks(campaign, report, 'coach')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('catches a report that counts interviews as rater answers (the coach’s attack is not toothless)', () => {
    // Two peers and two interviews: four answers, enough for readers, but the coach who knows the
    // interviews would read the two peers' total if the report counted them as four raters.
    const survey: SurveyDefinition = {
      ...surveyFactory(),
      themes: [{ id: 't', title: 'T', keywords: [], items: [{ id: 'a', text: 'a', selfText: 'a', kind: 'likert' }] }],
    };
    const campaign: Campaign = { survey, answers: { self: [], boss: [], peer: [[1], [2], [4], [5]], direct_report: [], other: [] }, interviews: { peer: 2 } };
    const counted = buildFrom(campaign);
    expect(counted.buckets.find((bucket) => bucket.id === 'peer')).toMatchObject({ responses: 4, shown: false });
    expect(leaks(campaign, counted, 'coach')).toEqual([]);
    const asRaters = buildFrom({ ...campaign, interviews: {} });
    expect(asRaters.items[0].scores.peer).not.toBeNull();
    expect(leaks(campaign, asRaters, 'reader')).toEqual([]);
    expect(leaks(campaign, asRaters, 'coach')).toEqual(['peer on a (2 raters)', 'peer on t (2 raters)', 'peer on everything (2 raters)']);
    // Interviews alone reach the threshold: the coach learns nothing new, readers read four people.
    const interviewsOnly = buildFrom({ ...campaign, interviews: { peer: 4 } });
    expect(interviewsOnly.items[0].scores.peer).toMatchObject({ n: 4, mean: 3 });
  });

  it('catches a report that shows too much (the attack itself is not toothless)', () => {
    // Two peers on an item beside a large group of direct reports: the unprotected report shows
    // "others" and the direct reports' cell, so others - boss - direct reports = the two peers.
    const survey: SurveyDefinition = {
      ...surveyFactory(),
      themes: [
        {
          id: 't',
          title: 'T',
          keywords: [],
          items: [
            { id: 'a', text: 'a', selfText: 'a', kind: 'likert' },
            { id: 'b', text: 'b', selfText: 'b', kind: 'likert' },
          ],
        },
      ],
    };
    const campaign: Campaign = {
      survey,
      answers: {
        self: [],
        boss: [[4, 4]],
        peer: [
          [1, 3],
          [2, 3],
          [null, 3],
        ],
        direct_report: [
          [4, 4],
          [5, 4],
          [4, 4],
          [5, 4],
        ],
        other: [],
      },
    };
    const report = buildReport({ campaignId: 'c', survey, leaderName: 'Alex', aggregates: aggregateAnswers(campaign.survey, campaign.answers), comments: [] });
    expect(leaks(campaign, report)).toEqual([]);
    const a = report.items.find((item) => item.id === 'a');
    const unprotected: Report = {
      ...report,
      items: report.items.map((item) =>
        item.id === 'a'
          ? { ...item, scores: { ...item.scores, direct_report: { n: 4, ratings: 4, mean: 4.5, sd: 0.58, ci90: null, rwg: 0.83, distribution: {} } } }
          : item,
      ),
    };
    expect(a?.scores.direct_report).toBeNull();
    expect(a?.scores.others).not.toBeNull();
    expect(leaks(campaign, unprotected)).toEqual(['peer on a (2 raters)']);
  });
});

describe('intervals and gap readings say nothing the shown figures do not', () => {
  it('computes every interval from its cell’s published n, mean and sd, every gap reading from the published gap and others, and names a marked gap only when it is reliable', () => {
    fc.assert(
      fc.property(campaigns, (campaign) => {
        const report = buildFrom(campaign);
        const cells: ScoreCell[] = [...report.items, ...report.themes].flatMap((entry) => Object.values(entry.scores).flatMap((cell) => (cell ? [cell] : [])));
        for (const cell of cells) expect(cell.ci90).toEqual(meanInterval({ n: cell.n, mean: cell.mean, sd: cell.sd }));
        for (const theme of report.themes) {
          const reading = gapReading(theme.gap, theme.scores.others ?? null);
          expect({ interval: theme.gapInterval, reliable: theme.gapReliable }).toEqual(reading);
          if (theme.classification === 'blind_spot' || theme.classification === 'hidden_strength') expect(theme.gapReliable).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('comment labels and distributions reveal no group below its threshold', () => {
  it('shows a group’s comments only once enough of it answered, labels them only with self or a shown bucket that meets its threshold, and shows distributions only beside shown figures', () => {
    fc.assert(
      fc.property(campaigns, fc.nat(1000), (campaign, seed) => {
        const { answers } = campaign;
        // Some groups set a higher bar for their comments than for their figures.
        const survey = {
          ...campaign.survey,
          groups: campaign.survey.groups.map((group, index) => ({ ...group, minCommentResponses: group.minResponses + ((seed >> index) % 3) })),
        };
        // Every rater writes one comment and one start suggestion, tagged with their group; some are
        // in a language theming cannot read, and so have no theme.
        const foreign = (index: number, every: number): { language?: string } => ((index + seed) % every === 0 ? { language: 'fr' } : {});
        const comments = (Object.entries(answers) as [RaterGroupId, unknown[]][]).flatMap(([group, raters]) =>
          raters.flatMap((_, index) => [
            {
              groupId: group,
              questionId: 'strengths',
              kind: 'text' as const,
              text: `${group} ${index}`,
              themeIds: foreign(index, 3).language ? [] : [survey.themes[(index + seed) % survey.themes.length].id],
              sentiment: 'positive' as const,
              sortKey: ((index * 7919 + seed) % 1000) / 1000,
              ...foreign(index, 3),
            },
            {
              groupId: group,
              questionId: 'ssc',
              kind: 'start' as const,
              text: `start ${group} ${index}`,
              themeIds: [],
              sentiment: 'constructive' as const,
              sortKey: ((index * 104729 + seed) % 1000) / 1000,
              ...foreign(index, 2),
            },
          ]),
        );
        const report = buildFrom(campaign, survey, comments);
        const threshold = (groups: readonly RaterGroupId[]): number =>
          Math.max(...groups.map((id) => survey.groups.find((group) => group.id === id)?.minResponses ?? 1));
        // A label is safe on a bucket that meets its threshold for readers, and for the coach:
        // its rater answers, the interviews taken out, are none or enough too.
        const ratersIn = (groups: readonly RaterGroupId[]): number => groups.reduce((total, id) => total + unknownAnswers(campaign, 'coach', id).length, 0);
        const safeLabels = new Set([
          'self',
          ...report.buckets
            .filter((bucket) => {
              const raters = ratersIn(bucket.groups);
              return (
                bucket.shown && (!bucket.anonymous || (bucket.responses >= threshold(bucket.groups) && (raters === 0 || raters >= threshold(bucket.groups))))
              );
            })
            .map((bucket) => bucket.id),
        ]);
        // What readers read says nothing of interviews.
        expect([...report.mergeNotes, ...report.commentNotes].filter((note) => /interview/i.test(note))).toEqual([]);
        const listed = [
          ...report.themes.flatMap((theme) => theme.comments),
          ...report.unthemedComments,
          ...report.startStopContinue.start,
          ...report.startStopContinue.stop,
          ...report.startStopContinue.continue,
        ];
        const labels = listed.map((comment) => comment.bucket);
        // The count of comments left unthemed for their language is the count of those listed with
        // a language: nothing of a group below its threshold is counted in it.
        expect(report.commentsNotThemedForLanguage).toBe(listed.filter((comment) => comment.language !== undefined).length);
        expect(labels.filter((label) => label !== null && !safeLabels.has(label))).toEqual([]);
        // Every comment of a group that reached its comment threshold is in the report, and no other:
        // counting all its answers, and its rater answers too unless all are the coach's interviews.
        const raterAnswers = (group: RaterGroupId): number => unknownAnswers(campaign, 'coach', group).length;
        const reachedBy = (group: { id: RaterGroupId } & Parameters<typeof commentThreshold>[0]): boolean =>
          answers[group.id].length >= commentThreshold(group) && (raterAnswers(group.id) === 0 || raterAnswers(group.id) >= commentThreshold(group));
        const reached = new Set(survey.groups.filter(reachedBy).map((group) => group.id));
        expect(labels).toHaveLength(comments.filter((comment) => reached.has(comment.groupId)).length);
        expect(report.commentsNotThemedForLanguage).toBe(comments.filter((comment) => comment.language && reached.has(comment.groupId)).length);
        const shownTexts = new Set(JSON.stringify(report).match(/"(?:start )?[a-z_]+ \d+"/g) ?? []);
        for (const comment of comments)
          expect([comment.text, shownTexts.has(JSON.stringify(comment.text))]).toEqual([comment.text, reached.has(comment.groupId)]);
        // A note about held-back comments names a group only where the group is a bucket of its own:
        // beside a merged bucket's total, a note per group would count each of them.
        const merged = report.buckets.filter((bucket) => bucket.groups.length > 1);
        const alone = new Set(survey.groups.filter((group) => !merged.some((bucket) => bucket.groups.includes(group.id))).map((group) => group.label));
        for (const note of report.commentNotes) {
          const named = /^Comments from (.+) are held back/.exec(note)?.[1];
          if (named !== undefined) expect([note, alone.has(named)]).toEqual([note, true]);
          else expect(note).toMatch(/^Some comments from .+ are held back until more of their raters have answered\.$/);
        }
        // Every group holding comments back is said to, on its own or within its bucket.
        const held = survey.groups.filter((group) => answers[group.id].length > 0 && !reachedBy(group));
        for (const group of held) {
          const bucket = merged.find((candidate) => candidate.groups.includes(group.id));
          expect(report.commentNotes.some((note) => note.includes(`from ${bucket ? bucket.label : group.label} are`))).toBe(true);
        }
        for (const item of report.items) {
          for (const [column, cell] of Object.entries(item.scores)) {
            if (cell) expect(Object.values(cell.distribution).reduce((total, count) => total + count, 0)).toBe(cell.ratings);
            if (column !== 'self' && column !== 'others') expect(report.buckets.find((bucket) => bucket.id === column)?.shown).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
