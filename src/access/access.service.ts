import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import { JobName } from '../queue/jobs';
import { deriveAccessToken, hashToken, randomToken } from '../common/tokens';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { EngagementEntity } from '../engagements/engagement.entity';
import { JobQueueService } from '../queue/job-queue.service';
import type { AccessRole } from './access.entity';
import { AccessRepository, type ConsumedLink } from './access.repository';
import { ACCESS_COOKIE, ACCESS_LINK_MINUTES, ACCESS_SESSION_HOURS, accessPath, cookieValue } from './access-session';

/** A signed-in leader or sponsor, for one engagement. `token` is the cookie's, for form tokens. */
export interface AccessSession {
  engagementId: string;
  role: AccessRole;
  token: string;
}

export interface SignIn {
  location: string;
  cookie: { name: string; value: string; path: string; maxAgeMs: number };
}

function usableLink(link: ConsumedLink): { role: AccessRole; engagementId: string } {
  if (link.status === 'unknown') throw new DomainError('NotFound', 'This sign-in link is not valid. Please use the link from your most recent email.');
  if (link.status === 'used_or_expired')
    throw new DomainError('CampaignClosed', `Sign-in links work once, within ${ACCESS_LINK_MINUTES} minutes. Please ask your coach for a new one.`);
  return { role: link.role, engagementId: link.engagementId };
}

export const accessLinkJobId = (linkId: string): string => `access-link-${linkId}`;

const NOT_SIGNED_IN = 'This page opens from the sign-in link in your email. Please ask your coach for a new link.';

/**
 * Leader and sponsor access, mirroring rater links: a one-time token mailed from a job, stored
 * only as a hash, traded at the first visit for an HttpOnly cookie scoped to that engagement's
 * pages, then a redirect to an address without the token. Anything else is "not found".
 */
@Injectable()
export class AccessService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AccessRepository,
    private readonly jobs: JobQueueService,
  ) {}

  async sendLink(engagement: EngagementEntity, role: AccessRole): Promise<{ role: AccessRole; sentTo: string; expiresAt: string }> {
    const sentTo = role === 'leader' ? engagement.leaderEmail : engagement.sponsorEmail;
    if (!sentTo) throw new DomainError('Conflict', 'This engagement has no sponsor: add one to send them a link');
    const nonce = randomToken();
    const expiresAt = new Date(Date.now() + ACCESS_LINK_MINUTES * 60_000);
    const linkId = await this.access.createLink({
      engagementId: engagement.id,
      role,
      tokenNonce: nonce,
      tokenHash: hashToken(deriveAccessToken(this.config.tokenSecret, nonce)),
      expiresAt,
    });
    try {
      await this.jobs.add(JobName.SendAccessLink, { accessLinkId: linkId }, accessLinkJobId(linkId));
    } catch (error) {
      throw new DomainError('ServiceUnavailable', `The sign-in link could not be queued, please try again: ${(error as Error).message}`);
    }
    return { role, sentTo, expiresAt: expiresAt.toISOString() };
  }

  /** Who the link signs in, without using it (opening the link only leads to a "Continue" button). */
  async peek(token: string | null): Promise<{ role: AccessRole; engagementId: string }> {
    const link = token ? await this.access.peekLink(hashToken(token), new Date()) : { status: 'unknown' as const };
    return usableLink(link);
  }

  /** Uses the link, once, and opens a session for its role and engagement. */
  async signIn(token: string | null): Promise<SignIn> {
    const consumed = usableLink(token ? await this.access.consumeLink(hashToken(token), new Date()) : { status: 'unknown' });
    const sessionToken = randomToken();
    const maxAgeMs = ACCESS_SESSION_HOURS * 3_600_000;
    await this.access.createSession({
      engagementId: consumed.engagementId,
      role: consumed.role,
      tokenHash: hashToken(sessionToken),
      expiresAt: new Date(Date.now() + maxAgeMs),
    });
    const path = accessPath(consumed.role, consumed.engagementId);
    return { location: path, cookie: { name: ACCESS_COOKIE, value: sessionToken, path, maxAgeMs } };
  }

  /** The session of this role for this engagement, or "not found": another engagement, role or expired session alike. */
  async session(role: AccessRole, engagementId: unknown, cookieHeader: string | undefined): Promise<AccessSession> {
    const token = cookieValue(cookieHeader, ACCESS_COOKIE);
    const session = token ? await this.access.findSession(hashToken(token), new Date()) : null;
    if (!token || !session || session.role !== role || session.engagementId !== engagementId) throw new DomainError('NotFound', NOT_SIGNED_IN);
    return { engagementId: session.engagementId, role, token };
  }

  async signOut(session: AccessSession): Promise<void> {
    await this.access.deleteSession(hashToken(session.token));
  }

  share(engagementId: string) {
    return this.access.share(engagementId);
  }

  setShare(engagementId: string, share: { goals: boolean; progress: boolean }) {
    return this.access.setShare(engagementId, share);
  }
}
