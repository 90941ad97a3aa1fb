import { waitUntil } from '../../src/common/wait-until';
import { ApiClient, draftCampaign, raters, signUpCoach } from '../factories/api-client';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(60_000);

describe('comment sentiment', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('is stored with each comment at fold time, and a comment cannot be stored without one', async () => {
    const coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    const { campaignId } = await draftCampaign(coach, { raters: raters('peer', 3) });
    await coach.post(`/api/campaigns/${campaignId}/launch`);
    const notes = ['Stays calm under pressure and gives clear direction.', "Doesn't listen, and interrupts people in meetings."];
    for (const text of notes) expect((await coach.post(`/api/campaigns/${campaignId}/interviews`, { group: 'peer', notes: text })).status).toBe(201);
    const stored = async (): Promise<{ text: string; sentiment: string | null; theme_ids: string[] }[]> =>
      t.db.query(`SELECT text, sentiment, theme_ids FROM comments WHERE campaign_id = $1 ORDER BY text`, [campaignId]);
    await waitUntil(async () => (await stored()).length === 2, { what: 'both interviews folded' });
    expect(await stored()).toEqual([
      { text: notes[1], sentiment: 'constructive', theme_ids: ['communication'] },
      { text: notes[0], sentiment: 'positive', theme_ids: expect.arrayContaining(['composure']) },
    ]);

    // Comments folded before sentiment was stored got theirs from a migration (the repository tier tests it).
    await expect(t.db.query(`UPDATE comments SET sentiment = NULL WHERE campaign_id = $1`, [campaignId])).rejects.toThrow(/null value in column "sentiment"/);
  });

  it('folds comments written the way raters type, contractions without their apostrophe before a stop among them', async () => {
    // The English model leaves "arent." without a lemma; read as it stood, it failed every fold of the campaign.
    const coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    const { campaignId } = await draftCampaign(coach, { raters: raters('peer', 3) });
    await coach.post(`/api/campaigns/${campaignId}/launch`);
    const notes = ['pretty obvious which opinions are welcome and which arent. you learn to keep quiet', 'he says he listens, he doesnt.'];
    for (const text of notes) expect((await coach.post(`/api/campaigns/${campaignId}/interviews`, { group: 'peer', notes: text })).status).toBe(201);
    const stored = async (): Promise<{ text: string }[]> => t.db.query(`SELECT text FROM comments WHERE campaign_id = $1 ORDER BY text`, [campaignId]);
    await waitUntil(async () => (await stored()).length === 2, { what: 'both interviews folded', timeoutMs: 20_000 });
    expect(await stored()).toEqual([{ text: notes[1] }, { text: notes[0] }]);
  });
});
