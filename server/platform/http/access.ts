// Who may call a route. Every route declares one of these; `who` is shown in the OpenAPI document.
import type { RequestHandler } from 'express';

export type Access = RequestHandler & { who: string };

export function access(who: string, handler: RequestHandler): Access {
  return Object.assign(handler, { who });
}

/** Public data: anyone, signed in or not. */
export const anyone = access('anyone', (_req, _res, next) => next());
