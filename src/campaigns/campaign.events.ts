/**
 * What a campaign announces to the modules that react to it, so that campaigns/ need not know
 * them: aggregation folds what is left when a campaign closes.
 */
export class CampaignClosed {
  static readonly event = 'campaign.closed';

  constructor(readonly campaignId: string) {}
}
