import { type CanActivate, createParamDecorator, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError } from '../common/domain-error';
import type { AccessRole } from './access.entity';
import { type AccessSession, AccessService } from './access.service';

type AccessRequest = Request & { access?: AccessSession };

/** Decorated so that its constructor's parameter types are recorded for the subclasses' injection. */
@Injectable()
abstract class AccessSessionGuard implements CanActivate {
  protected abstract readonly role: AccessRole;

  constructor(private readonly access: AccessService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AccessRequest>();
    request.access = await this.access.session(this.role, request.params.engagementId, request.headers.cookie);
    return true;
  }
}

/** Admits the leader of the engagement named in the path, signed in by their emailed link. */
@Injectable()
export class LeaderSessionGuard extends AccessSessionGuard {
  protected readonly role = 'leader';
}

/** Admits the sponsor of the engagement named in the path. */
@Injectable()
export class SponsorSessionGuard extends AccessSessionGuard {
  protected readonly role = 'sponsor';
}

export const CurrentAccess = createParamDecorator((_: unknown, context: ExecutionContext): AccessSession => {
  const access = context.switchToHttp().getRequest<AccessRequest>().access;
  if (!access) throw new DomainError('NotFound', 'Not found');
  return access;
});
