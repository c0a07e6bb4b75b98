/** The token of an emailed link, carried in the fragment (`#token=…`) so it never reaches a server log. */
export function linkToken(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[A-Za-z0-9_-]{16,200}$/.test(token) ? token : null;
}
