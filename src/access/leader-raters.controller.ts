import { Body, Controller, Get, Header, HttpCode, Param, Post, Put, Query, Res, UseGuards } from '@nestjs/common';
import { ApiCookieAuth, ApiExcludeController, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { NominationRatersDto, NominationViewDto } from '../campaigns/nominations/nomination.dto';
import { NominationsService } from '../campaigns/nominations/nominations.service';
import { DomainError } from '../common/domain-error';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { Page } from '../common/pages/page.decorator';
import { uuidParam } from '../common/uuid-param';
import { type AccessSession } from './access.service';
import { CurrentAccess, LeaderSessionGuard } from './access-session.guard';
import { ACCESS_COOKIE, accessPath, csrfToken, isValidCsrf } from './access-session';
import { NOMINATION_FLASH, type NomineeField, type NomineeForm, renderLeaderRaters } from './leader-raters.page';

const HTML = 'text/html; charset=utf-8';

const text = (form: Record<string, unknown>, name: string, max: number): string => (typeof form[name] === 'string' ? form[name].slice(0, max).trim() : '');

function checkForm(session: AccessSession, form: Record<string, unknown> | undefined): void {
  if (!isValidCsrf(session.token, form?.csrf))
    throw new DomainError('Forbidden', 'This form expired or did not come from your page. Please open it again and resubmit.');
}

/**
 * The leader proposes raters for a campaign that has not launched, one person at a time, and sends
 * the list to the coach. Pages under /leader/:engagementId/raters/:campaignId.
 */
@ApiExcludeController()
@UseGuards(LeaderSessionGuard)
@Page('access')
@Controller('leader/:engagementId/raters/:campaignId')
export class LeaderRatersPagesController {
  constructor(private readonly nominations: NominationsService) {}

  @Get()
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async show(@CurrentAccess() session: AccessSession, @Param('campaignId', uuidParam) campaignId: string, @Query('done') done?: string): Promise<string> {
    const view = await this.nominations.forLeader(session.engagementId, campaignId);
    return renderLeaderRaters(view, {
      base: accessPath('leader', session.engagementId),
      csrf: csrfToken(session.token),
      flash: NOMINATION_FLASH[done ?? ''] ?? null,
    });
  }

  /** Adds one person to the proposal; a refusal is the page again, the problem beside its field and what was typed kept. */
  @Post()
  async add(
    @CurrentAccess() session: AccessSession,
    @Param('campaignId', uuidParam) campaignId: string,
    @Body() form: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    checkForm(session, form);
    const values = { name: text(form, 'name', 200), email: text(form, 'email', 254), group: text(form, 'group', 40) };
    const current = await this.nominations.forLeader(session.engagementId, campaignId);
    try {
      await this.nominations.proposeByLeader(session.engagementId, campaignId, [...current.raters, values]);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'InvalidInput') throw error;
      const add = this.refusal(values, error.details, current.raters.length);
      const html = renderLeaderRaters(current, { base: accessPath('leader', session.engagementId), csrf: csrfToken(session.token), flash: null, add });
      res.status(400).type(HTML).setHeader('Cache-Control', 'no-store').send(html);
      return;
    }
    this.seeOther(res, session, campaignId, 'added');
  }

  @Post('remove')
  async remove(
    @CurrentAccess() session: AccessSession,
    @Param('campaignId', uuidParam) campaignId: string,
    @Body() form: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    checkForm(session, form);
    const email = text(form, 'email', 254).toLowerCase();
    const current = await this.nominations.forLeader(session.engagementId, campaignId);
    await this.nominations.proposeByLeader(
      session.engagementId,
      campaignId,
      current.raters.filter((rater) => rater.email !== email),
    );
    this.seeOther(res, session, campaignId, 'removed');
  }

  @Post('submit')
  async submit(
    @CurrentAccess() session: AccessSession,
    @Param('campaignId', uuidParam) campaignId: string,
    @Body() form: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    checkForm(session, form);
    await this.nominations.submitByLeader(session.engagementId, campaignId);
    this.seeOther(res, session, campaignId, 'sent');
  }

  /** The service names problems after the list ("raters[3].email: ..."): the new person's go beside their fields, any other above the form. */
  private refusal(values: Record<NomineeField, string>, details: readonly string[], newIndex: number): NomineeForm {
    const errors: NomineeForm['errors'] = {};
    const others: string[] = [];
    for (const detail of details) {
      const match = /^raters\[(\d+)\]\.(name|email|group): (.*)$/.exec(detail);
      if (match && Number(match[1]) === newIndex) errors[match[2] as NomineeField] ??= match[3];
      else others.push(detail);
    }
    return { values, errors, problem: others.length > 0 ? `Your list has a problem: ${others.join('; ')}` : null };
  }

  private seeOther(res: Response, session: AccessSession, campaignId: string, done: string): void {
    res
      .status(303)
      .setHeader('Cache-Control', 'no-store')
      .setHeader('Location', `${accessPath('leader', session.engagementId)}/raters/${campaignId}?done=${done}`)
      .end();
  }
}

/** The same as JSON: the leader's proposal read, replaced whole, and sent to the coach. */
@ApiTags('leader')
@ApiCookieAuth(ACCESS_COOKIE)
@ApiErrors({ 404: "Not signed in as this engagement's leader (the session cookie of its sign-in link), or not a campaign of the engagement." }, 503)
@UseGuards(LeaderSessionGuard)
@Controller('leader/:engagementId/api/nominations/:campaignId')
export class LeaderRatersApiController {
  constructor(private readonly nominations: NominationsService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: NominationViewDto, description: 'The proposal, where it stands, and each group with its minimum and recommended count.' })
  get(@CurrentAccess() session: AccessSession, @Param('campaignId', uuidParam) campaignId: string): Promise<NominationViewDto> {
    return this.nominations.forLeader(session.engagementId, campaignId);
  }

  @Put()
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: NominationViewDto, description: 'The proposal as it now stands; not yet sent to the coach.' })
  @ApiErrors(400, { 409: 'The campaign has launched (the list is locked), or the proposal is with the coach.' }, 413)
  propose(
    @CurrentAccess() session: AccessSession,
    @Param('campaignId', uuidParam) campaignId: string,
    @Body() body: NominationRatersDto,
  ): Promise<NominationViewDto> {
    return this.nominations.proposeByLeader(session.engagementId, campaignId, body.raters);
  }

  @Post('submit')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: NominationViewDto, description: 'The proposal is with the coach, to approve or send back.' })
  @ApiErrors({ 400: 'Nobody is proposed yet.', 409: 'The campaign has launched (the list is locked), or the proposal is already with the coach.' }, 413)
  submit(@CurrentAccess() session: AccessSession, @Param('campaignId', uuidParam) campaignId: string): Promise<NominationViewDto> {
    return this.nominations.submitByLeader(session.engagementId, campaignId);
  }
}
