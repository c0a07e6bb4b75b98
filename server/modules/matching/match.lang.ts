import type { Request } from 'express';
import type { Lang } from './match.reasons';

/** The requester's language: asked for explicitly, or Chinese when the browser prefers any Chinese. */
export function requestLang(asked: Lang | undefined, req: Request): Lang {
  if (asked) return asked;
  return /^zh/i.test(req.acceptsLanguages('en', 'zh-Hant', 'zh-HK', 'zh-TW', 'zh') || 'en') ? 'zh-Hant' : 'en';
}
