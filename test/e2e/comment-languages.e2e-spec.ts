import type { Report } from '../../src/reports/assembly/report.types';
import { ApiClient, draftCampaign, raters, signUpCoach, waitForAggregated } from '../factories/api-client';
import { launchAndCollectTokens } from '../factories/campaign-run';
import { loadShippedSurvey } from '../factories/shipped-survey';
import { shippedTheming } from '../factories/theming';
import { readPdfText } from '../utils/pdf-text';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(180_000);

interface ReviewedComment {
  id: string;
  text: string;
  themeIds: string[];
  confidence: number | null;
  language: string | null;
  needsReview: boolean;
}

const ENGLISH = [
  'Explains the reasons behind every decision and listens before deciding.',
  'Loses his temper in meetings when a deadline slips.',
  'Gives each of us real coaching on our careers.',
];
const ENGLISH_START = 'Start delegating whole projects to the team.';
const FRENCH = [
  "Explique toujours le pourquoi de ses décisions et écoute l'équipe avant de trancher.",
  'Perd parfois son calme en réunion quand une échéance glisse.',
  "Accompagne vraiment chacun d'entre nous dans son évolution.",
];
const FRENCH_CHANGE = 'Devrait davantage déléguer les projets à son équipe.';
const FRENCH_START = 'Commencer à partager la stratégie plus tôt avec tout le monde.';
/** The one "other" rater: fewer than the group's threshold, so nothing of theirs may be shown or counted. */
const FRENCH_HELD_BACK = 'Un seul collègue a écrit ceci, personne ne doit le lire.';

/**
 * Raters answer a leadership 360 in English and in French through the API; the campaign closes and
 * folds. The report keeps the French comments among the unthemed ones with their language and
 * counts them, themes the English ones as theming does, and the page, the PDF and the coach's
 * review say the same.
 */
describe('comments in a language theming cannot read', () => {
  let t: TestApp;
  let coach: ApiClient;
  let campaignId: string;
  let report: Report;

  const answer = async (token: string, texts: Record<string, unknown>): Promise<void> => {
    const questionnaire = (await new ApiClient(t.baseUrl).get<{ items: { id: string }[] }>(`/api/responses/${token}`)).body;
    const answers: Record<string, unknown> = { ...Object.fromEntries(questionnaire.items.map((item) => [item.id, 4])), ...texts };
    expect((await new ApiClient(t.baseUrl).post(`/api/responses/${token}`, { answers })).status).toBe(201);
  };
  const readReport = async (query = ''): Promise<Report> => {
    const result = await coach.get<Report>(`/api/campaigns/${campaignId}/report${query}`);
    expect(result.status).toBe(200);
    return result.body;
  };
  const themesOf = (shown: Report, text: string): string[] =>
    shown.themes.filter((theme) => theme.comments.some((comment) => comment.text === text)).map((theme) => theme.id);

  beforeAll(async () => {
    t = await startTestApp();
    coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    const peers = raters('peer', 3);
    const reports = raters('direct_report', 3);
    const others = raters('other', 1);
    ({ campaignId } = await draftCampaign(coach, { raters: [...peers, ...reports, ...others] }));
    const tokens = await launchAndCollectTokens(t, coach, campaignId);
    const token = (email: string): string => tokens.get(email) as string;
    for (const [index, peer] of peers.entries())
      await answer(token(peer.email), { strengths: ENGLISH[index], ...(index === 0 ? { ssc: { start: ENGLISH_START } } : {}) });
    for (const [index, rater] of reports.entries())
      await answer(token(rater.email), {
        strengths: FRENCH[index],
        ...(index === 0 ? { change: FRENCH_CHANGE, ssc: { start: FRENCH_START } } : {}),
        // Too short to have a language: left to theming, like any English "ok".
        ...(index === 1 ? { change: 'RAS' } : {}),
      });
    await answer(token(others[0].email), { strengths: FRENCH_HELD_BACK });
    expect((await coach.post(`/api/campaigns/${campaignId}/close`)).status).toBe(200);
    await waitForAggregated(coach, campaignId, 7, 90_000);
    report = await readReport();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('stores each French comment with its language and no theme, and each English one as theming reads it', async () => {
    const rows: { text: string; theme_ids: string[]; language: string | null; confidence: number | null }[] = await t.db.query(
      `SELECT text, theme_ids, language, confidence FROM comments WHERE campaign_id = $1 ORDER BY text`,
      [campaignId],
    );
    const french = [...FRENCH, FRENCH_CHANGE, FRENCH_START, FRENCH_HELD_BACK];
    expect(rows.filter((row) => row.language !== null).map((row) => [row.text, row.language, row.theme_ids, row.confidence])).toEqual(
      [...french].sort().map((text) => [text, 'fr', [], null]),
    );
    expect(rows.filter((row) => row.language === null).map((row) => row.text)).toEqual([...ENGLISH, ENGLISH_START, 'RAS'].sort());
  });

  it('lists the French comments among the unthemed ones with their language, counts them, and themes the English ones as before', async () => {
    const survey = loadShippedSurvey('leadership-360');
    expect(report.aggregatedResponses).toBe(7);
    const unthemedFrench = report.unthemedComments.filter((comment) => comment.language !== undefined);
    expect(unthemedFrench.map((comment) => comment.text).sort()).toEqual([...FRENCH, FRENCH_CHANGE].sort());
    expect(unthemedFrench.every((comment) => comment.language === 'fr' && comment.bucket === 'direct_report')).toBe(true);
    expect(report.startStopContinue.start).toContainEqual({ text: FRENCH_START, themeIds: [], bucket: 'direct_report', language: 'fr' });
    expect(report.commentsNotThemedForLanguage).toBe(5);
    for (const theme of report.themes) expect(theme.comments.filter((comment) => comment.language !== undefined)).toEqual([]);
    expect(JSON.stringify(report)).not.toContain(FRENCH_HELD_BACK);
    expect(report.emergentTopics.flatMap((topic) => topic.comments).filter((comment) => comment.language !== undefined)).toEqual([]);

    const theming = shippedTheming();
    for (const text of ENGLISH) {
      const expected = await theming.themesForComment(text, survey.themes);
      expect([text, themesOf(report, text)]).toEqual([text, expected]);
      expect(expected.length).toBeGreaterThan(0);
    }
    const start = report.startStopContinue.start.find((entry) => entry.text === ENGLISH_START);
    // The one other rater's answers count with the peers': their bucket is shown, though none of their comments is yet.
    expect(start).toMatchObject({
      bucket: 'peer+other',
      themeIds: (await theming.analyzeComments(survey.themes, [{ text: ENGLISH_START, kind: 'start' }]))[0].themeIds,
    });
    expect(start).not.toHaveProperty('language');
  });

  it('prints the same on the HTML page and in the PDF', async () => {
    const page = await coach.request<string>('GET', `/coach/campaigns/${campaignId}/report`, undefined, { accept: 'text/html' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('5 comments are written in French, which comment theming cannot read');
    for (const text of FRENCH) expect(page.body).toContain(`<q lang="fr">${text.replace(/'/g, '&#x27;')}</q>`);
    const pdf = await coach.getFile(`/coach/campaigns/${campaignId}/report.pdf`);
    expect(pdf.status).toBe(200);
    const printed = readPdfText(pdf.body).flowing;
    expect(printed).toContain('5 comments are written in French, which comment theming cannot read');
    expect(printed.split('in French, not themed').length - 1).toBe(4);
  });

  it("lists them first in the coach's review, unthemed and unmeasured, and files one where the coach puts it", async () => {
    const review = (await coach.get<{ version: number; comments: ReviewedComment[] }>(`/api/campaigns/${campaignId}/report/review`)).body;
    const french = review.comments.filter((comment) => comment.language === 'fr');
    expect(french.map((comment) => comment.text).sort()).toEqual([...FRENCH, FRENCH_CHANGE, FRENCH_START].sort());
    expect(french.every((comment) => comment.themeIds.length === 0 && comment.confidence === null && comment.needsReview)).toBe(true);
    expect(review.comments.slice(0, french.length).every((comment) => comment.language === 'fr')).toBe(true);
    expect(review.comments.filter((comment) => comment.language === null).every((comment) => comment.confidence !== null)).toBe(true);

    const filed = french.find((comment) => comment.text === FRENCH[2]) as ReviewedComment;
    const moved = await coach.put<{ comment: ReviewedComment }>(`/api/campaigns/${campaignId}/report/review/${filed.id}`, {
      version: review.version,
      decision: 'move',
      themeId: 'developing-others',
    });
    expect(moved.status).toBe(200);
    expect(moved.body.comment).toMatchObject({ themeIds: ['developing-others'], language: 'fr' });
    const after = await readReport(`?version=${review.version}`);
    expect(themesOf(after, FRENCH[2])).toEqual(['developing-others']);
    expect(after.themes.find((theme) => theme.id === 'developing-others')?.comments).toContainEqual(
      expect.objectContaining({ text: FRENCH[2], language: 'fr' }),
    );
    expect(after.unthemedComments.map((comment) => comment.text)).not.toContain(FRENCH[2]);
    expect(after.commentsNotThemedForLanguage).toBe(4);
  });
});
