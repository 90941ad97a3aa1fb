import { Controller, Get } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import type { Request } from 'express';
import { Page } from './page.decorator';
import { PageRouteGuard, routePageOf } from './page-route.guard';

@Page('access')
@Controller('leader/:engagementId')
class LeaderLikePages {
  @Get()
  home(): void {}

  @Page('rater')
  @Get('odd')
  declaredAgain(): void {}
}

@Controller('leader/:engagementId/api')
class LeaderLikeApi {
  @Get('reports')
  reports(): void {}
}

function routed(controller: object, handler: () => void): Request {
  const request = {} as Request;
  const context = new ExecutionContextHost([request, {}, () => undefined], controller as never, handler);
  expect(new PageRouteGuard(new Reflector()).canActivate(context)).toBe(true);
  return request;
}

describe('PageRouteGuard', () => {
  it("records the page its route's controller declared, or a route's own declaration", () => {
    expect(routePageOf(routed(LeaderLikePages, LeaderLikePages.prototype.home))).toBe('access');
    expect(routePageOf(routed(LeaderLikePages, LeaderLikePages.prototype.declaredAgain))).toBe('rater');
  });

  it('records null for a route that declared nothing: the JSON API', () => {
    expect(routePageOf(routed(LeaderLikeApi, LeaderLikeApi.prototype.reports))).toBeNull();
  });

  it('leaves a request that no route took without a record', () => {
    expect(routePageOf({} as Request)).toBeUndefined();
  });
});
