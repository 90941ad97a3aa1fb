/**
 * `npm run bench:parts`: the hot paths one by one, in this process, against the database directly,
 * each beside a baseline measured in the same run (what each measures is listed in bench.ts).
 */
import 'reflect-metadata';
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { AggregationRepository } from '../src/aggregation/aggregation.repository';
import { AggregationService } from '../src/aggregation/aggregation.service';
import { openDatabase } from '../src/database/database-bootstrap';
import { simulateAnswers } from '../src/demo/simulated-raters';
import { buildQuestionnaire } from '../src/responses/questionnaire';
import { validateAnswers } from '../src/responses/answer-validation';
import type { CampaignAggregates } from '../src/aggregation/aggregate.types';
import { applyDeltas, computeAggregateDeltas } from '../src/aggregation/response-fold';
import { groupsKeptTogether } from '../src/reports/disclosure/bucket-planning';
import { createCommentAnalyzer } from '../src/theming/classifier/comment-analyzer';
import { ExampleBank } from '../src/theming/examples/example-bank';
import { standaloneThemingService } from '../src/theming/standalone-theming';
import { compileTemplates } from '../src/common/template-renderer';
import { loadAppConfig } from '../src/config/app-config';
import { PdfRenderer } from '../src/reports/page/pdf.renderer';
import { toReportPageView } from '../src/reports/page/report-page.view';
import type { Report } from '../src/reports/assembly/report.types';
import { buildReport } from '../src/reports/assembly/report.builder';
import { cutVersion } from '../src/reports/versions/version-cutting';
import { shownFigures } from '../src/reports/disclosure/version-disclosure';
import { advanceAggregates, planVersionStep } from '../src/reports/versions/version-gate';
import { loadSurveyCatalog } from '../src/surveys/survey-catalog';
import type { RaterGroupId, SurveyDefinition } from '../src/surveys/survey.types';
import { timed } from './bench-timing';

const POSTGRES = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';
const REDIS = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 300);
const GROUPS: RaterGroupId[] = ['boss', 'peer', 'peer', 'direct_report', 'direct_report', 'other'];

const log = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

async function createCampaign(db: DataSource, survey: SurveyDefinition): Promise<string> {
  const coach = randomUUID();
  const engagement = randomUUID();
  const campaign = randomUUID();
  await db.query(`INSERT INTO coaches (id, email, name, password_hash) VALUES ($1, $2, 'Bench', 'x')`, [coach, `${coach}@bench`]);
  await db.query(`INSERT INTO engagements (id, coach_id, title, leader_name, leader_email) VALUES ($1, $2, 'Bench', 'Alex', 'a@bench')`, [engagement, coach]);
  await db.query(`INSERT INTO campaigns (id, engagement_id, survey_id, survey_version, survey_snapshot, status) VALUES ($1, $2, $3, 1, $4, 'open')`, [
    campaign,
    engagement,
    survey.id,
    JSON.stringify(survey),
  ]);
  return campaign;
}

/** One rater and invitation per answer to come, as a launched campaign has. */
async function inviteRaters(db: DataSource, campaignId: string, count: number): Promise<string[]> {
  const invitations: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const rater = randomUUID();
    const invitation = randomUUID();
    await db.query(`INSERT INTO raters (id, campaign_id, name, email, group_id) VALUES ($1, $2, 'Rater', $3, $4)`, [
      rater,
      campaignId,
      `${rater}@bench`,
      GROUPS[index % GROUPS.length],
    ]);
    await db.query(
      `INSERT INTO invitations (id, campaign_id, rater_id, group_id, token_nonce, token_hash, delivery_status) VALUES ($1, $2, $3, $4, $5, $6, 'sent')`,
      [invitation, campaignId, rater, GROUPS[index % GROUPS.length], randomUUID(), randomUUID()],
    );
    invitations.push(invitation);
  }
  return invitations;
}

/** What a submission writes: the invitation's flag and the response, in one transaction. */
async function submit(db: DataSource, campaignId: string, invitationId: string, answer: ReturnType<typeof answerFor>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(`UPDATE invitations SET answered = true WHERE id = $1`, [invitationId]);
    await tx.query(`INSERT INTO responses (id, campaign_id, group_id, submitted_on, ratings, texts) VALUES ($1, $2, $3, CURRENT_DATE, $4, $5)`, [
      randomUUID(),
      campaignId,
      answer.group,
      JSON.stringify(answer.ratings),
      JSON.stringify(answer.texts),
    ]);
  });
}

function answerFor(survey: SurveyDefinition, index: number) {
  const group = GROUPS[index % GROUPS.length];
  const questionnaire = buildQuestionnaire({ survey, groupId: group, leaderName: 'Alex', closesAt: null, draft: null });
  const result = validateAnswers(
    survey,
    group,
    { answers: simulateAnswers(questionnaire, { seed: index + 1, ordinal: Math.floor(index / GROUPS.length) }) },
    'submit',
  );
  if (!result.ok) throw new Error(result.errors.join('; '));
  return { group, ...result.answers };
}

async function insertResponses(db: DataSource, campaignId: string, survey: SurveyDefinition, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const answer = answerFor(survey, index);
    const id = randomUUID();
    await db.query(`INSERT INTO responses (id, campaign_id, group_id, submitted_on, ratings, texts) VALUES ($1, $2, $3, CURRENT_DATE, $4, $5)`, [
      id,
      campaignId,
      answer.group,
      JSON.stringify(answer.ratings),
      JSON.stringify(answer.texts),
    ]);
    ids.push(id);
  }
  return ids;
}

/** The hot paths one at a time in this process, against the database directly: ms each and their baselines. */
export async function measureParts(): Promise<{ measure: string; ms: number; baselineMs: number; baseline: string }[]> {
  const surveysDir = join(__dirname, '..', 'surveys');
  const { surveys } = loadSurveyCatalog(surveysDir);
  const survey = surveys.find((candidate) => candidate.id === 'leadership-360') as SurveyDefinition;
  const bank = ExampleBank.load(surveysDir, surveys);
  const theming = standaloneThemingService({ surveysDir, surveys, bank });
  const databaseUrl = `${POSTGRES}/f360_bench_${Date.now().toString(36)}`;
  const prefix = `f360bench${Date.now().toString(36)}`;
  log(`feedback360 benchmark: ${ANSWERS} answers of leadership-360 (${survey.themes.flatMap((theme) => theme.items).length} items); database ${databaseUrl}`);
  const db = await openDatabase(databaseUrl);
  const repository = new AggregationRepository(db);
  const aggregation = new AggregationService(repository, theming, { aggregationMaxWaitMs: 3_600_000 });
  const rows: [string, number, number, string][] = [];
  const redis = new IORedis(REDIS, { maxRetriesPerRequest: null });
  try {
    // --- comment theming ------------------------------------------------------------------------
    log('Loading the sentence encoder and the embeddings of the examples (cached on disk after the first run) ...');
    const [, warmMs] = await timed(() => theming.analyzeComments(survey.themes, [{ text: 'warming up', kind: 'text' }]));
    log(`  ready in ${warmMs.toFixed(0)} ms`);
    const answerComments = Array.from({ length: 40 }, (_, index) => {
      const texts = answerFor(survey, index).texts ?? {};
      return Object.values(texts).flatMap((value) =>
        typeof value === 'string' ? [value] : Object.values(value ?? {}).filter((text): text is string => typeof text === 'string'),
      );
    }).map((texts) => texts.map((text) => ({ text, kind: 'text' as const })));
    const commentCount = answerComments.reduce((sum, comments) => sum + comments.length, 0);
    const byWords = createCommentAnalyzer(survey.themes, { examples: bank.examples });
    const [, wordsMs] = await timed(async () => {
      for (const comments of answerComments) for (const comment of comments) byWords.analyze(comment.text, comment.kind);
    });
    const [, meaningMs] = await timed(async () => {
      for (const comments of answerComments) await theming.analyzeComments(survey.themes, comments);
    });
    rows.push([
      `comment theming per comment (${(commentCount / answerComments.length).toFixed(1)} an answer)`,
      meaningMs / commentCount,
      wordsMs / commentCount,
      'words alone',
    ]);

    // --- fold vs plain insert -------------------------------------------------------------------
    log('Measuring the baseline: one plain INSERT per answer ...');
    await db.query(`CREATE TABLE bench_baseline (id uuid PRIMARY KEY, ratings jsonb, texts jsonb)`);
    const answers = Array.from({ length: ANSWERS }, (_, index) => answerFor(survey, index));
    const [, insertMs] = await timed(async () => {
      for (const answer of answers)
        await db.query(`INSERT INTO bench_baseline (id, ratings, texts) VALUES ($1, $2, $3)`, [
          randomUUID(),
          JSON.stringify(answer.ratings),
          JSON.stringify(answer.texts),
        ]);
    });
    for (const raters of [30, 300]) {
      log(`Measuring fold jobs as the answers of a ${raters}-rater campaign arrive one at a time ...`);
      const campaign = await createCampaign(db, survey);
      const invitations = await inviteRaters(db, campaign, raters);
      let settleMs = 0;
      for (const [index, invitationId] of invitations.entries()) {
        await submit(db, campaign, invitationId, answerFor(survey, index));
        settleMs += (await timed(() => aggregation.settle(campaign, { skipLocked: false })))[1];
      }
      rows.push([`fold job per arriving answer, ${raters} raters`, settleMs / raters, insertMs / ANSWERS, 'plain INSERT']);
    }
    log('Measuring one settle of a backlog ...');
    const backlog = await createCampaign(db, survey);
    await insertResponses(db, backlog, survey, ANSWERS);
    const [, backlogMs] = await timed(() => aggregation.settle(backlog, { skipLocked: false }));
    rows.push([`backlog of ${ANSWERS} answers, per answer`, backlogMs / ANSWERS, insertMs / ANSWERS, 'plain INSERT']);

    // --- the BullMQ pipeline vs no-op jobs --------------------------------------------------------
    log('Measuring BullMQ: no-op jobs, then aggregation jobs, 4 at a time ...');
    const runJobs = async (queueName: string, handler: (id: string) => Promise<unknown>, jobIds: string[]): Promise<number> => {
      const queue = new Queue(queueName, { connection: redis, prefix });
      let done = 0;
      let allDone: () => void = () => undefined;
      const finished = new Promise<void>((resolve) => {
        allDone = resolve;
      });
      const worker = new Worker(
        queueName,
        async (job) => {
          await handler(job.data.id as string);
          done += 1;
          if (done === jobIds.length) allDone();
        },
        { connection: new IORedis(REDIS, { maxRetriesPerRequest: null }), prefix, concurrency: 4 },
      );
      // A failed job would otherwise leave the count short and the benchmark waiting for ever.
      worker.on('failed', (job, error) => {
        log(`  job ${job?.id} failed: ${error.message}`);
        done += 1;
        if (done === jobIds.length) allDone();
      });
      const [, ms] = await timed(async () => {
        await queue.addBulk(jobIds.map((id) => ({ name: 'job', data: { id }, opts: { jobId: `j-${id}`, removeOnComplete: true } })));
        await finished;
      });
      await worker.close();
      await queue.obliterate({ force: true });
      await queue.close();
      return ms;
    };
    const noopMs = await runJobs(
      'noop',
      async () => undefined,
      Array.from({ length: ANSWERS }, () => randomUUID()),
    );
    const pipelineCampaign = await createCampaign(db, survey);
    const pipelineIds = await insertResponses(db, pipelineCampaign, survey, ANSWERS);
    const pipelineMs = await runJobs('aggregation', () => aggregation.settle(pipelineCampaign, { skipLocked: false }), pipelineIds);
    rows.push(['aggregate a burst via BullMQ', pipelineMs / ANSWERS, noopMs / ANSWERS, 'no-op BullMQ job']);

    // --- report building --------------------------------------------------------------------------
    const reports: { raters: number; report: Report; stringifyMs: number }[] = [];
    for (const raters of [20, 200]) {
      log(`Measuring the report for ${raters} raters ...`);
      const reportCampaign = await createCampaign(db, survey);
      await insertResponses(db, reportCampaign, survey, raters);
      await aggregation.settle(reportCampaign, { skipLocked: false });
      const [[aggregates, comments], loadMs] = await timed(() =>
        Promise.all([repository.loadAggregates(reportCampaign), repository.loadComments(reportCampaign)]),
      );
      const repeat = 20;
      const [report, buildMs] = await timed(async () => {
        let last = buildReport({ campaignId: reportCampaign, survey, leaderName: 'Alex', aggregates, comments });
        for (let index = 1; index < repeat; index += 1) last = buildReport({ campaignId: reportCampaign, survey, leaderName: 'Alex', aggregates, comments });
        return last;
      });
      const [, stringifyMs] = await timed(async () => {
        for (let index = 0; index < repeat; index += 1) JSON.stringify(report);
      });
      rows.push([`report JSON, ${raters} raters (+${loadMs.toFixed(1)} ms to load)`, buildMs / repeat, stringifyMs / repeat, 'JSON.stringify of it']);
      reports.push({ raters, report, stringifyMs: stringifyMs / repeat });
    }

    // --- report page and PDF ------------------------------------------------------------------------
    const pages = compileTemplates(join(__dirname, '..', 'src', 'reports', 'page', 'templates'));
    const rules = { groups: survey.groups, classification: survey.report.classification, notObserved: survey.scale.notObserved };
    const pageOf = (report: Report): string =>
      pages('report', toReportPageView(report, { rules, links: { pdf: null, signOut: null, campaign: null }, now: new Date() }));
    const pdf = new PdfRenderer(loadAppConfig(process.env));
    try {
      const footerTemplate = '<div style="font-size:8px">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';
      log('Measuring the PDF baseline: Chromium printing a one-line page ...');
      await pdf.render('<!doctype html><title>x</title><p>One line.</p>', { footerTemplate }); // starts Chromium, not measured
      const [, blankMs] = await timed(() => pdf.render('<!doctype html><title>x</title><p>One line.</p>', { footerTemplate }));
      for (const { raters, report, stringifyMs } of reports) {
        log(`Measuring the report page and PDF for ${raters} raters ...`);
        const repeat = 10;
        const [html, pageMs] = await timed(async () => {
          let last = pageOf(report);
          for (let index = 1; index < repeat; index += 1) last = pageOf(report);
          return last;
        });
        const [, pdfMs] = await timed(() => pdf.render(html, { footerTemplate }));
        rows.push([`report page, ${raters} raters (${Math.round(html.length / 1024)} kB)`, pageMs / repeat, stringifyMs, 'JSON.stringify of it']);
        rows.push([`report PDF, ${raters} raters`, pdfMs, blankMs, 'PDF of a one-line page']);
      }
    } finally {
      await pdf.onApplicationShutdown();
    }

    // --- report versions ---------------------------------------------------------------------------
    for (const raters of [20, 200]) {
      log(`Measuring a second report version for ${raters} raters ...`);
      const inMemory = (count: number): CampaignAggregates => {
        let aggregates: CampaignAggregates = { responses: {}, items: {}, themes: {} };
        for (let index = 0; index < count; index += 1) {
          const answer = answerFor(survey, index);
          aggregates = applyDeltas(aggregates, answer.group, computeAggregateDeltas(survey, answer.ratings));
        }
        return aggregates;
      };
      const first = advanceAggregates(
        survey,
        null,
        inMemory(Math.floor(raters * 0.6)),
        survey.groups.map((group) => group.id),
      );
      const firstReport = buildReport({ campaignId: 'bench', survey, leaderName: 'Alex', aggregates: first, comments: [] });
      const history = [{ frozen: first, figures: shownFigures(firstReport) }];
      const build = (aggregates: CampaignAggregates, forced: ReadonlySet<string> = new Set()) =>
        buildReport({
          campaignId: 'bench',
          survey,
          leaderName: 'Alex',
          aggregates,
          comments: [],
          forcedSuppressions: forced,
          keepTogether: groupsKeptTogether(firstReport.buckets),
        });
      const now = inMemory(raters);
      const second = advanceAggregates(survey, first, now, planVersionStep(survey, first, now).advancing);
      const repeat = 5;
      const [cut, cutMs] = await timed(async () => {
        let last = cutVersion({ survey, history, frozen: second, build: (forced) => build(second, forced) });
        for (let index = 1; index < repeat; index += 1) last = cutVersion({ survey, history, frozen: second, build: (forced) => build(second, forced) });
        return last;
      });
      const [, plainMs] = await timed(async () => {
        for (let index = 0; index < repeat; index += 1) build(second);
      });
      if (!cut) throw new Error('version 2 could not be cut safely');
      rows.push([`version 2, ${raters} raters (${cut.forced.length} withheld)`, cutMs / repeat, plainMs / repeat, 'the same report unchecked']);
    }

    log('');
    log(`${'measure'.padEnd(44)} ${'ms each'.padStart(9)} ${'baseline'.padStart(9)} ${'ratio'.padStart(7)}  baseline`);
    for (const [name, ms, baseline, what] of rows)
      log(`${name.padEnd(44)} ${ms.toFixed(3).padStart(9)} ${baseline.toFixed(3).padStart(9)} ${(ms / baseline).toFixed(1).padStart(6)}x  ${what}`);
    log(`\nAnswers aggregated per second through BullMQ (4 concurrent folds, one worker): ${(ANSWERS / (pipelineMs / 1000)).toFixed(0)}`);
    return rows.map(([measure, ms, baselineMs, baseline]) => ({ measure, ms, baselineMs, baseline }));
  } finally {
    redis.disconnect();
    await db.destroy();
    const { Client } = await import('pg');
    const client = new Client({ connectionString: `${POSTGRES}/postgres` });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${new URL(databaseUrl).pathname.slice(1)}" WITH (FORCE)`);
    await client.end();
  }
}
