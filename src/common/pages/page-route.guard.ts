import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { PAGE_KIND, type PageKind } from './page.decorator';

type RoutedRequest = Request & { routePage?: PageKind | null };

/**
 * Copies what the route declared (`@Page(kind)`, or nothing: a JSON route) onto the request, for
 * the exception filter. Nest hands a filter no handler or class (its host's getHandler() is
 * null), so the declaration has to travel with the request; a global guard is the first step of
 * a route that knows its handler, before any guard that may refuse. It never refuses.
 */
@Injectable()
export class PageRouteGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<RoutedRequest>();
    request.routePage = this.reflector.getAllAndOverride<PageKind | undefined>(PAGE_KIND, [context.getHandler(), context.getClass()]) ?? null;
    return true;
  }
}

/**
 * The kind of page the route that took the request declared; null for a JSON route; undefined
 * when no route took it (an unknown address, or a body the parser refused before routing).
 */
export function routePageOf(request: Request): PageKind | null | undefined {
  return (request as RoutedRequest).routePage;
}
