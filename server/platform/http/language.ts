// The language a browser prefers among those the app answers in, from Accept-Language (Express's negotiation),
// so that services receive a plain value rather than the request.
import type { Request } from 'express';

const OFFERED = ['en', 'zh-Hant', 'zh-HK', 'zh-TW', 'zh'];

export function acceptedLanguage(req: Request): string {
  return req.acceptsLanguages(...OFFERED) || 'en';
}
