import type { Lang } from './match.reasons';

/** The requester's language: asked for explicitly, or Chinese when the browser prefers any Chinese (`accepted`: see http/language.ts). */
export function requestLang(asked: Lang | undefined, accepted: string): Lang {
  if (asked) return asked;
  return /^zh/i.test(accepted) ? 'zh-Hant' : 'en';
}
