import { SetMetadata } from '@nestjs/common';

/**
 * Who opens a page, and so how its errors read: the coach's pages (`/coach`), the leader's and
 * sponsor's with their sign-in link (`/leader`, `/sponsor`, `/a`), and the rater's form (`/r`).
 */
export type PageKind = 'coach' | 'access' | 'rater';

export const PAGE_KIND = 'feedback360:page-kind';

/**
 * Declares the routes of a controller (or one route) to be pages people open in a browser: their
 * errors are a readable page of that kind. Undeclared routes are the JSON API, whose errors are
 * always the JSON body, whatever the client accepts.
 */
export const Page = (kind: PageKind): ClassDecorator & MethodDecorator => SetMetadata(PAGE_KIND, kind);
