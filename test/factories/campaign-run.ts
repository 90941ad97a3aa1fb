import { waitUntil } from '../../src/common/wait-until';
import { ApiClient, waitForAggregated } from './api-client';
import { linkIn, tokenOf } from '../utils/mailbox';
import type { TestApp } from '../utils/test-app';

export interface QuestionnaireItem {
  id: string;
  themeId: string;
  kind: 'likert' | 'change' | 'followUp';
}

export interface SentAnswer {
  groupId: string;
  email: string;
  ratings: Record<string, number | null>;
}

/** How a simulated rater rates one item; null is "not observed". */
export type RatingRule = (rater: { groupId: string; index: number; email: string }, item: QuestionnaireItem) => number | null;

/**
 * Launches a campaign and returns each rater's token, read from the mail that launch sent (mail
 * of earlier campaigns to the same people is ignored).
 */
export async function launchAndCollectTokens(t: TestApp, coach: ApiClient, campaignId: string): Promise<Map<string, string>> {
  const raters = (await coach.get<{ raters: { email: string }[] }>(`/api/campaigns/${campaignId}/raters`)).body.raters;
  const before = t.mailbox.messages.length;
  const launched = await coach.post(`/api/campaigns/${campaignId}/launch`);
  if (launched.status !== 202) throw new Error(`launch: ${launched.status} ${JSON.stringify(launched.body)}`);
  await waitUntil(() => t.mailbox.messages.length >= before + raters.length, { what: `${raters.length} invitations` });
  const tokens = new Map<string, string>();
  for (const mail of t.mailbox.messages.slice(before)) {
    const rater = raters.find((candidate) => mail.to.includes(candidate.email));
    if (rater && /\/r\//.test(mail.text)) tokens.set(rater.email, tokenOf(linkIn(mail)));
  }
  if (tokens.size !== raters.length) throw new Error(`found ${tokens.size} rater links for ${raters.length} raters`);
  return tokens;
}

/**
 * Answers a launched campaign as every rater whose email `answers` accepts, through the JSON API,
 * and waits until every answer is aggregated. Returns exactly what was sent.
 */
export async function answerCampaign(
  t: TestApp,
  coach: ApiClient,
  campaignId: string,
  tokens: Map<string, string>,
  rate: RatingRule,
  options: { skip?: (email: string) => boolean; comment?: (groupId: string, index: number) => string } = {},
): Promise<SentAnswer[]> {
  const sent: SentAnswer[] = [];
  const perGroup = new Map<string, number>();
  for (const [email, token] of tokens) {
    if (options.skip?.(email)) continue;
    const rater = new ApiClient(t.baseUrl);
    const q = (await rater.get<{ group: { id: string }; items: QuestionnaireItem[]; questions: { id: string; type: string }[] }>(`/api/responses/${token}`))
      .body;
    const index = perGroup.get(q.group.id) ?? 0;
    perGroup.set(q.group.id, index + 1);
    const ratings = Object.fromEntries(q.items.map((item) => [item.id, rate({ groupId: q.group.id, index, email }, item)]));
    const texts = Object.fromEntries(
      q.questions
        .filter((question) => question.type === 'text')
        .map((question) => [question.id, options.comment?.(q.group.id, index) ?? `${q.group.id} ${index} listens more in meetings`]),
    );
    const result = await rater.post(`/api/responses/${token}`, { answers: { ...ratings, ...texts } });
    if (result.status !== 201) throw new Error(`answer: ${result.status} ${JSON.stringify(result.body)}`);
    sent.push({ groupId: q.group.id, email, ratings });
  }
  await waitForAggregated(coach, campaignId, sent.length);
  return sent;
}

/** Others' pooled mean of the given items, as the report computes it: every non-null rating of every rater but self. */
export function othersMean(sent: readonly SentAnswer[], itemIds: readonly string[]): number {
  const ratings = sent
    .filter((answer) => answer.groupId !== 'self')
    .flatMap((answer) => itemIds.map((id) => answer.ratings[id]).filter((rating): rating is number => typeof rating === 'number'));
  return ratings.reduce((total, rating) => total + rating, 0) / ratings.length;
}
