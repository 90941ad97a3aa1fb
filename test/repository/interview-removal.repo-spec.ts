import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { AggregationRepository, type FoldedComment } from '../../src/aggregation/aggregation.repository';
import { foldBatch } from '../../src/aggregation/response-fold';
import { waitUntil } from '../../src/common/wait-until';
import { isConcurrentCut, ReportVersionRepository } from '../../src/reports/versions/report-version.repository';
import { InterviewRepository, type Unfold } from '../../src/responses/interview.repository';
import { restrictToFocusThemes } from '../../src/campaigns/review-snapshot';
import { scaleValues } from '../../src/reports/assembly/report-scores';
import { reportFactory } from '../factories/report.factory';
import { loadShippedSurvey } from '../factories/shipped-survey';
import { settleWork } from '../factories/settle-work.factory';
import { gate } from '../utils/gate';
import type { RaterGroupId } from '../../src/surveys/survey.types';
import { sessionsWaitingForLocks, useTestDatabase } from '../utils/test-database';

const t = useTestDatabase();
let aggregation: AggregationRepository;
let interviews: InterviewRepository;
let versions: ReportVersionRepository;

beforeAll(async () => {
  aggregation = new AggregationRepository(t.db);
  interviews = new InterviewRepository(t.db, aggregation);
  const other = await t.connectAgain();
  versions = new ReportVersionRepository(other, new AggregationRepository(other));
});

const unfold: Unfold = (survey, interview) => foldBatch(survey, [{ ...interview, interview: true }])[0];

const notesOf = (interviewId: string, text: string): FoldedComment => ({
  groupId: 'peer',
  questionId: 'interview',
  kind: 'text',
  text,
  themeIds: ['communication'],
  sentiment: 'constructive',
  sortKey: Math.random(),
  confidence: null,
  secondThemeId: null,
  language: null,
  themingFailed: false,
  interviewId,
});

/** Folds every waiting answer with the real foldBatch; an interview's notes become its comment, tied to it when `tied`. */
async function settle(campaignId: string, tied = true): Promise<void> {
  const work = settleWork({
    fold: async (survey, batch) => ({
      groups: foldBatch(survey, batch),
      comments: batch
        .filter((answer) => answer.interview)
        .map((answer) => {
          const notes = notesOf(answer.id, String((answer.texts as Record<string, string>).interview));
          return tied ? notes : { ...notes, interviewId: undefined };
        }),
    }),
  });
  await aggregation.settleOnce(campaignId, work, { skipLocked: false });
}

async function aggregateRows(campaignId: string): Promise<unknown[]> {
  return t.db.query(
    `SELECT group_id, scope_kind, scope_id, raters, interview_raters, ratings, sum, sum_squares, histogram FROM aggregates WHERE campaign_id = $1
     ORDER BY group_id, scope_kind, scope_id`,
    [campaignId],
  );
}

async function commentTexts(campaignId: string): Promise<string[]> {
  const rows: { text: string }[] = await t.db.query(`SELECT text FROM comments WHERE campaign_id = $1 ORDER BY text`, [campaignId]);
  return rows.map((row) => row.text);
}

/** Cuts version `number` bringing `groups` up to date, as the report service does: the interviews of those groups count from then on. */
async function cutCounting(campaignId: string, number: number, groups: RaterGroupId[]): Promise<void> {
  await versions.cut(campaignId, async (tx, current) => {
    await versions.insert(tx, campaignId, { number, createdAt: new Date(), frozen: current, figures: [], report: reportFactory() });
    await versions.countInterviews(tx, campaignId, groups, number);
  });
}

describe('InterviewRepository.remove', () => {
  it('takes a folded interview back out exactly: the aggregates as they were before it, its notes gone, the raters’ comments kept', async () => {
    const campaign = await t.rows.campaign();
    await t.rows.responses(campaign.id, 3, { texts: null, ratings: { 'communication.listens': 4, 'communication.clear': 5 } });
    await t.rows.comment(campaign.id, { text: 'A rater’s comment' });
    await settle(campaign.id);
    const before = await aggregateRows(campaign.id);
    // The interview rates an item no rater rated (its cell holds the interview alone) and leaves one out.
    const ratings = { 'communication.listens': 2, 'communication.clear': null, 'execution.commits': 5 };
    expect(await interviews.insert(campaign.id, { groupId: 'peer', ratings, notes: 'Talks over people in meetings' })).toBe(true);
    const [entered] = await interviews.list(campaign.id);
    expect(entered).toMatchObject({ groupId: 'peer', ratings, notes: 'Talks over people in meetings', countedIn: null, notesUntied: false });
    await settle(campaign.id);
    expect(await aggregateRows(campaign.id)).not.toEqual(before);
    expect(await interviews.list(campaign.id)).toEqual([{ ...entered, notes: 'Talks over people in meetings' }]);

    expect(await interviews.remove(campaign.id, entered.id, unfold)).toEqual({ done: true });

    expect(await aggregateRows(campaign.id)).toEqual(before);
    expect(await commentTexts(campaign.id)).toEqual(['A rater’s comment']);
    expect(await interviews.list(campaign.id)).toEqual([]);
    expect(await t.db.query(`SELECT COUNT(*)::int AS count FROM responses WHERE campaign_id = $1`, [campaign.id])).toEqual([{ count: 3 }]);
  });

  it('takes any interview back out of a pulse exactly, its goal’s follow-up cells included: as if only the other answers had been folded', async () => {
    // A pulse as a review campaign asks it: two focus goals, each with its change and follow-up items.
    const restricted = restrictToFocusThemes(loadShippedSurvey('progress-pulse'), [
      { themeId: 'communication', goal: 'Listen before deciding' },
      { themeId: 'execution', goal: '' },
    ]);
    if (!('survey' in restricted)) throw new Error('the pulse lacks a focus theme');
    const { survey } = restricted;
    const items = survey.themes.flatMap((theme) => theme.items);
    expect(items.filter((item) => item.kind === 'change' || item.kind === 'followUp')).toHaveLength(4);
    const answer = fc.record(Object.fromEntries(items.map((item) => [item.id, fc.option(fc.constantFrom(...scaleValues(survey, item)), { nil: null })])));
    await fc.assert(
      fc.asyncProperty(fc.array(answer, { maxLength: 3 }), fc.array(answer, { minLength: 1, maxLength: 3 }), fc.nat(), async (raters, entered, pick) => {
        const removed = pick % entered.length;
        const [withAll, without] = [await t.rows.campaign({ surveySnapshot: survey }), await t.rows.campaign({ surveySnapshot: survey })];
        for (const ratings of raters) for (const campaign of [withAll, without]) await t.rows.response(campaign.id, { texts: null, ratings });
        for (const [index, ratings] of entered.entries()) {
          await interviews.insert(withAll.id, { groupId: 'peer', ratings, notes: `Interview ${index}` });
          if (index !== removed) await interviews.insert(without.id, { groupId: 'peer', ratings, notes: `Interview ${index}` });
        }
        await settle(withAll.id);
        await settle(without.id);
        const target = (await interviews.list(withAll.id)).find((interview) => interview.notes === `Interview ${removed}`);

        expect(await interviews.remove(withAll.id, target?.id ?? '', unfold)).toEqual({ done: true });

        expect(await aggregateRows(withAll.id)).toEqual(await aggregateRows(without.id));
        expect(await commentTexts(withAll.id)).toEqual(await commentTexts(without.id));
      }),
      { numRuns: 12 },
    );
  });

  it('takes out an interview still waiting to be folded, and refuses one no such campaign holds', async () => {
    const campaign = await t.rows.campaign();
    const other = await t.rows.campaign();
    await interviews.insert(campaign.id, { groupId: 'direct_report', ratings: {}, notes: 'Waiting' });
    const [waiting] = await interviews.list(campaign.id);
    expect(waiting).toMatchObject({ notes: 'Waiting', countedIn: null });

    expect(await interviews.remove(other.id, waiting.id, unfold)).toEqual({ done: false, reason: 'unknown' });
    expect(await interviews.remove(campaign.id, randomUUID(), unfold)).toEqual({ done: false, reason: 'unknown' });
    // A rater's answer is no interview: it cannot be removed this way.
    const rater = await t.rows.response(campaign.id);
    expect(await interviews.remove(campaign.id, rater.id, unfold)).toEqual({ done: false, reason: 'unknown' });
    expect(await interviews.remove(campaign.id, waiting.id, unfold)).toEqual({ done: true });
    expect(await interviews.list(campaign.id)).toEqual([]);
    expect(await aggregateRows(campaign.id)).toEqual([]);
  });

  it('keeps an interview once a version brings its group up to date, and only then', async () => {
    const campaign = await t.rows.campaign();
    await interviews.insert(campaign.id, { groupId: 'peer', ratings: { 'communication.listens': 3 }, notes: 'Peer interview' });
    await interviews.insert(campaign.id, { groupId: 'direct_report', ratings: { 'communication.listens': 4 }, notes: 'Report interview' });
    await settle(campaign.id);
    const byGroup = async (): Promise<Record<string, { id: string; countedIn: number | null }>> =>
      Object.fromEntries((await interviews.list(campaign.id)).map((interview) => [interview.groupId, interview]));

    await cutCounting(campaign.id, 1, ['direct_report']);
    expect((await byGroup()).direct_report.countedIn).toBe(1);
    expect((await byGroup()).peer.countedIn).toBeNull();
    const rows = await aggregateRows(campaign.id);
    expect(await interviews.remove(campaign.id, (await byGroup()).direct_report.id, unfold)).toEqual({ done: false, reason: 'counted', version: 1 });
    expect(await aggregateRows(campaign.id)).toEqual(rows);
    expect(await commentTexts(campaign.id)).toEqual(['Peer interview', 'Report interview']);
    // A later version bringing peers up to date counts theirs; the first one keeps its number.
    await cutCounting(campaign.id, 2, ['peer', 'direct_report']);
    expect(Object.values(await byGroup()).map((interview) => interview.countedIn)).toEqual([1, 2]);
  });

  it('keeps an interview folded before its notes were tied to it: its notes could not be told from the raters’ comments', async () => {
    const campaign = await t.rows.campaign();
    await interviews.insert(campaign.id, { groupId: 'peer', ratings: { 'communication.listens': 3 }, notes: 'Untied notes' });
    await settle(campaign.id, false);
    const [untied] = await interviews.list(campaign.id);
    expect(untied).toMatchObject({ notes: null, notesUntied: true });
    const rows = await aggregateRows(campaign.id);

    expect(await interviews.remove(campaign.id, untied.id, unfold)).toEqual({ done: false, reason: 'notes-untied' });
    expect(await aggregateRows(campaign.id)).toEqual(rows);
    expect(await commentTexts(campaign.id)).toEqual(['Untied notes']);
  });

  it('waits for a version cut that counts the interview and has not ended: it then stays', async () => {
    const campaign = await t.rows.campaign();
    await interviews.insert(campaign.id, { groupId: 'peer', ratings: { 'communication.listens': 3 }, notes: 'Raced' });
    await settle(campaign.id);
    const [raced] = await interviews.list(campaign.id);
    const counted = gate();
    const finish = gate();
    const cutting = versions.cut(campaign.id, async (tx, current) => {
      await versions.countInterviews(tx, campaign.id, ['peer'], 1);
      await versions.releaseComments(tx, campaign.id, ['peer'], 1);
      await versions.insert(tx, campaign.id, { number: 1, createdAt: new Date(), frozen: current, figures: [], report: reportFactory() });
      counted.open();
      await finish.opened;
      return current.responses;
    });
    await counted.opened;

    const removing = interviews.remove(campaign.id, raced.id, unfold);
    await waitUntil(async () => (await sessionsWaitingForLocks(t.db)) > 0, { what: 'the removal waiting for the cut', timeoutMs: 10_000 });
    finish.open();

    expect(await cutting).toEqual({ peer: 1 });
    expect(await removing).toEqual({ done: false, reason: 'counted', version: 1 });
    expect(await interviews.list(campaign.id)).toMatchObject([{ id: raced.id, countedIn: 1, notes: 'Raced' }]);
  });

  it('makes a cut that read the interview before it was removed fail as a concurrent cut, counting nothing', async () => {
    const campaign = await t.rows.campaign();
    await interviews.insert(campaign.id, { groupId: 'peer', ratings: { 'communication.listens': 3 }, notes: 'Removed under a cut' });
    await settle(campaign.id);
    const [raced] = await interviews.list(campaign.id);
    const read = gate();
    const removed = gate();
    const cutting = versions.cut(campaign.id, async (tx, current) => {
      read.open();
      await removed.opened;
      await versions.countInterviews(tx, campaign.id, ['peer'], 1);
      await versions.releaseComments(tx, campaign.id, ['peer'], 1);
      await versions.insert(tx, campaign.id, { number: 1, createdAt: new Date(), frozen: current, figures: [], report: reportFactory() });
      return current.responses;
    });
    await read.opened;

    expect(await interviews.remove(campaign.id, raced.id, unfold)).toEqual({ done: true });
    removed.open();

    const failure = await cutting.then(
      () => null,
      (error: unknown) => error,
    );
    expect(isConcurrentCut(failure)).toBe(true);
    expect(await versions.list(campaign.id)).toEqual([]);
    expect(await aggregateRows(campaign.id)).toEqual([]);
  });

  it('refuses an interview whose notes a version showed, even when that version did not mark it counted', async () => {
    const campaign = await t.rows.campaign();
    await interviews.insert(campaign.id, { groupId: 'peer', ratings: { 'communication.listens': 3 }, notes: 'Shown' });
    await settle(campaign.id);
    const [shown] = await interviews.list(campaign.id);
    await versions.cut(campaign.id, async (tx, current) => {
      await versions.releaseComments(tx, campaign.id, ['peer'], 1);
      await versions.insert(tx, campaign.id, { number: 1, createdAt: new Date(), frozen: current, figures: [], report: reportFactory() });
    });

    expect(await interviews.remove(campaign.id, shown.id, unfold)).toEqual({ done: false, reason: 'counted', version: 1 });
    expect(await commentTexts(campaign.id)).toEqual(['Shown']);
  });
});

describe('InterviewRepository.replace', () => {
  it('puts a correction in the place of a folded interview, as if only the correction had been entered', async () => {
    const [corrected, entered] = [await t.rows.campaign(), await t.rows.campaign()];
    for (const campaign of [corrected, entered]) await t.rows.responses(campaign.id, 3, { texts: null });
    await interviews.insert(corrected.id, { groupId: 'peer', ratings: { 'communication.listens': 1 }, notes: 'Typed wrong' });
    await interviews.insert(entered.id, { groupId: 'direct_report', ratings: { 'execution.commits': 5 }, notes: 'Right' });
    await settle(corrected.id);
    await settle(entered.id);
    const [wrong] = await interviews.list(corrected.id);

    await t.db.query(`UPDATE responses SET submitted_on = DATE '2026-11-30' WHERE id = $1`, [wrong.id]);
    // Before the fold, a correction sent again puts the same correction in the same place.
    for (let sent = 0; sent < 2; sent += 1)
      expect(
        await interviews.replace(corrected.id, wrong.id, unfold, { groupId: 'direct_report', ratings: { 'execution.commits': 5 }, notes: 'Right' }),
      ).toEqual({
        done: true,
      });
    expect(await interviews.list(corrected.id)).toEqual([
      {
        id: wrong.id,
        groupId: 'direct_report',
        enteredOn: '2026-11-30',
        ratings: { 'execution.commits': 5 },
        notes: 'Right',
        countedIn: null,
        notesUntied: false,
      },
    ]);
    await settle(corrected.id);

    expect(await aggregateRows(corrected.id)).toEqual(await aggregateRows(entered.id));
    expect(await commentTexts(corrected.id)).toEqual(['Right']);
  });

  it('changes nothing when the campaign takes no answers any more, or a version counts the interview', async () => {
    const campaign = await t.rows.campaign();
    await interviews.insert(campaign.id, { groupId: 'peer', ratings: { 'communication.listens': 2 }, notes: 'Kept' });
    await settle(campaign.id);
    const [kept] = await interviews.list(campaign.id);
    const rows = await aggregateRows(campaign.id);
    const correction = { groupId: 'peer' as const, ratings: { 'communication.listens': 5 }, notes: 'Correction' };

    await t.db.query(`UPDATE campaigns SET closes_at = now() - interval '1 second' WHERE id = $1`, [campaign.id]);
    expect(await interviews.replace(campaign.id, kept.id, unfold, correction)).toEqual({ done: false, reason: 'closed' });
    await t.db.query(`UPDATE campaigns SET closes_at = NULL WHERE id = $1`, [campaign.id]);
    await cutCounting(campaign.id, 1, ['peer']);
    expect(await interviews.replace(campaign.id, kept.id, unfold, correction)).toEqual({ done: false, reason: 'counted', version: 1 });

    expect(await interviews.list(campaign.id)).toEqual([kept].map((interview) => ({ ...interview, countedIn: 1 })));
    expect(await aggregateRows(campaign.id)).toEqual(rows);
    expect(await commentTexts(campaign.id)).toEqual(['Kept']);
  });
});
