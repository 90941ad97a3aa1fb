import { randomBytes } from 'node:crypto';
import type { Report } from '../reports/assembly/report.types';
import { DemoError } from './demo.error';
import { DemoHttp } from './demo-http';
import { type OutboxMessage, raterLinksFromOutbox, tokenOfLink } from './outbox-links';
import { waitShowingProgress } from './progress-wait';
import { DRAFTING_RATER, LEFT_OPEN_RATER, SAMPLE_LEADER, SAMPLE_OUTCOMES, SAMPLE_RATERS, SAMPLE_SPONSOR, sampleEmail } from './sample-team';
import { type DemoQuestionnaire, partialAnswers, simulateAnswers } from './simulated-raters';

const SURVEY_ID = 'leadership-360';
/** Fixed, so that every run tells the same story (only ids, emails and comment order differ). */
const DEMO_SEED = 360;
const MAIL_TIMEOUT_MS = 60_000;
const AGGREGATION_TIMEOUT_MS = 60_000;

interface SurveySummary {
  id: string;
  groups: { id: string; label: string; minResponses: number }[];
}

interface Progress {
  invited: number;
  responded: number;
  groups: Record<string, { invited: number; responded: number }>;
}

export interface Sample360 {
  campaignId: string;
  coachToken: string;
  /** How the coach signs in to the report pages in a browser. */
  coach: { email: string; password: string };
  /** Path of the report JSON, relative to the app. */
  reportPath: string;
  /**
   * `role` in words, e.g. "peer"; `group` its label, e.g. "Peers", and `batch` how many new
   * answers of that group a new report version takes in at once.
   */
  openRater: { name: string; role: string; link: string; group: string; batch: number };
  report: Report;
}

export interface Sample360Options {
  /** Where the demo reaches the API (the app in this process). */
  apiUrl: string;
  /** The base of the links in the emails. */
  publicUrl: string;
  log: (line: string) => void;
}

const plural = (count: number, word: string, many = `${word}s`): string => `${count} ${count === 1 ? word : many}`;

async function step<T>(log: (line: string) => void, label: string, action: () => Promise<T>, detail?: (value: T) => string): Promise<T> {
  const value = await action();
  const extra = detail?.(value);
  log(`${label} ... ok${extra ? ` (${extra})` : ''}`);
  return value;
}

/**
 * A baseline 360 for the sample leader, driven only through the public HTTP API: the coach signs
 * up, sets up the engagement and campaign, launches; the raters answer through the links of their
 * emails, all but one; the coach then reads the themed report.
 */
export async function runSample360(options: Sample360Options): Promise<Sample360> {
  const { log } = options;
  const http = new DemoHttp(options.apiUrl);
  const tag = randomBytes(3).toString('hex');
  const coachEmail = `demo-coach-${tag}@example.com`;
  // Random per run: the demo prints it so the coach can sign in to the report page.
  const coachPassword = `demo-${randomBytes(12).toString('hex')}`;

  const { token } = await step(log, `Signing up coach ${coachEmail}`, () =>
    http.post<{ token: string }>('/api/auth/signup', { email: coachEmail, password: coachPassword, name: 'Dana Demo' }),
  );
  const coach = http.withToken(token);

  const surveys = await step(
    log,
    'Listing surveys',
    () => http.get<SurveySummary[]>('/api/surveys'),
    (list) => list.map((survey) => survey.id).join(', '),
  );
  const survey = surveys.find((candidate) => candidate.id === SURVEY_ID);
  if (!survey)
    throw new DemoError(
      `The survey '${SURVEY_ID}' is not installed (found: ${surveys.map((candidate) => candidate.id).join(', ') || 'none'}). Is SURVEYS_DIR right?`,
    );
  const groupLabel = (id: string): string => survey.groups.find((group) => group.id === id)?.label ?? id;

  const leaderEmail = sampleEmail(SAMPLE_LEADER.name, tag);
  const engagement = await step(
    log,
    `Creating the engagement for ${SAMPLE_LEADER.name} (sponsor ${SAMPLE_SPONSOR.name}, ${plural(SAMPLE_OUTCOMES.length, 'intended outcome')})`,
    () =>
      coach.post<{ id: string }>('/api/engagements', {
        title: `${SAMPLE_LEADER.name}, ${SAMPLE_LEADER.role}: leadership program`,
        leader: { name: SAMPLE_LEADER.name, email: leaderEmail },
        sponsor: { name: SAMPLE_SPONSOR.name, email: sampleEmail(SAMPLE_SPONSOR.name, tag) },
        outcomes: SAMPLE_OUTCOMES,
      }),
  );
  const campaign = await step(log, `Creating a ${SURVEY_ID} campaign (baseline)`, () =>
    coach.post<{ id: string }>(`/api/engagements/${engagement.id}/campaigns`, { surveyId: SURVEY_ID, phase: 'baseline' }),
  );

  const team = [{ name: SAMPLE_LEADER.name, group: 'self' }, ...SAMPLE_RATERS].map((member) => ({ ...member, email: sampleEmail(member.name, tag) }));
  const count = (group: string): number => SAMPLE_RATERS.filter((rater) => rater.group === group).length;
  const composition = `${plural(count('boss'), 'boss', 'bosses')}, ${plural(count('peer'), 'peer')}, ${plural(count('direct_report'), 'direct report')}, ${plural(count('other'), 'other')}, + the leader as self`;
  const added = await step(log, `Adding ${SAMPLE_RATERS.length} raters (${composition})`, () =>
    coach.post<{ raters: unknown[] }>(`/api/campaigns/${campaign.id}/raters`, {
      raters: SAMPLE_RATERS.map(({ name, group }) => ({ name, group, email: sampleEmail(name, tag) })),
    }),
  );
  const invited = added.raters.length;

  await step(
    log,
    'Launching the campaign',
    () => coach.post<{ invitations: number }>(`/api/campaigns/${campaign.id}/launch`),
    (result) => `${plural(result.invitations, 'invitation')} queued`,
  );
  const addresses = team.map((member) => member.email);
  const links = await waitShowingProgress({
    label: 'Invitations sent',
    poll: async () => raterLinksFromOutbox(await http.get<OutboxMessage[]>('/dev/outbox.json'), options.publicUrl, addresses),
    progress: (found) => `${found.size}/${invited}`,
    done: (found) => found.size >= invited,
    log,
    timeoutMs: MAIL_TIMEOUT_MS,
    hint: 'The email worker did not send them: is Redis reachable, and PUBLIC_URL the base of the links?',
  });
  const linkOf = (email: string): string => {
    const link = links.get(email);
    if (!link) throw new DemoError(`No invitation found for ${email} in the outbox.`);
    return link;
  };

  const openRater = team.find((member) => member.name === LEFT_OPEN_RATER);
  if (!openRater) throw new DemoError(`${LEFT_OPEN_RATER} is not in the sample team.`);
  const answering = team.filter((member) => member !== openRater);
  const openRaterRole = openRater.group.replace('_', ' ');
  log(`Answering as ${answering.length} raters (all but ${openRater.name}, a ${openRaterRole}, left for you to answer) ...`);
  const ordinals = new Map<string, number>();
  let draftNote = '';
  for (const [index, member] of answering.entries()) {
    const ordinal = ordinals.get(member.group) ?? 0;
    ordinals.set(member.group, ordinal + 1);
    const token = tokenOfLink(linkOf(member.email));
    const questionnaire = await http.get<DemoQuestionnaire>(`/api/responses/${token}`);
    const answers = simulateAnswers(questionnaire, { seed: DEMO_SEED + index, ordinal });
    if (member.name === DRAFTING_RATER) {
      const draft = partialAnswers(answers, Math.ceil(questionnaire.items.length / 2));
      await http.put(`/api/responses/${token}/draft`, { answers: draft });
      const reopened = await http.get<{ draft: { answers: Record<string, unknown> } | null }>(`/api/responses/${token}`);
      const restored = Object.keys(reopened.draft?.answers ?? {}).length;
      draftNote = `one of the ${groupLabel(member.group).toLowerCase()} saved a draft of ${Object.keys(draft).length} answers, reopened the link and found ${restored} restored`;
    }
    await http.post(`/api/responses/${token}`, { answers });
  }
  log(`Submitted ${answering.length}/${answering.length}${draftNote ? `; ${draftNote}` : ''}`);

  const progress = await coach.get<Progress>(`/api/campaigns/${campaign.id}/progress`);
  const byGroup = survey.groups.flatMap((group) => {
    const counts = progress.groups[group.id];
    return counts ? [`${group.label} ${counts.responded}/${counts.invited}`] : [];
  });
  log(`Progress: ${progress.responded}/${progress.invited} answered (${byGroup.join(', ')})`);

  // Progress, not the report: reading the report freezes a version, and answers folded after it
  // would wait for a step of at least a group's threshold before they show.
  const progressPath = `/api/campaigns/${campaign.id}/progress`;
  await waitShowingProgress({
    label: 'Waiting for aggregation',
    poll: () => coach.get<{ aggregated: number }>(progressPath),
    progress: (current) => `${current.aggregated}/${answering.length}`,
    done: (current) => current.aggregated >= answering.length,
    log,
    timeoutMs: AGGREGATION_TIMEOUT_MS,
    hint: "The aggregation worker did not fold the answers in: is Redis reachable? (LOG_LEVEL=info shows the workers' log.)",
  });
  const reportPath = `/api/campaigns/${campaign.id}/report`;
  const report = await coach.get<Report>(reportPath);

  return {
    campaignId: campaign.id,
    coachToken: token,
    coach: { email: coachEmail, password: coachPassword },
    reportPath,
    openRater: {
      name: openRater.name,
      role: openRaterRole,
      link: linkOf(openRater.email),
      group: groupLabel(openRater.group),
      batch: survey.groups.find((group) => group.id === openRater.group)?.minResponses ?? 1,
    },
    report,
  };
}
