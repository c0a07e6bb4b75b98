/** One feature's strings: the Chinese set must have exactly the English keys. */
export function defineMessages<T extends Record<string, unknown>>(en: T, zhHant: NoInfer<T>) {
  return { en, 'zh-Hant': zhHant };
}
