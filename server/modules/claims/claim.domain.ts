// Whether a confirmed email address proves a claim: its domain is the profile's website domain (or the website is
// on a subdomain of it: shop.acme.hk for someone@acme.hk). Free-mail domains and registry suffixes prove nothing.
const FREE_MAIL = new Set(['gmail.com', 'yahoo.com', 'yahoo.com.hk', 'hotmail.com', 'outlook.com', 'live.com', 'icloud.com', 'qq.com', '163.com', 'netvigator.com']);
const SUFFIXES = new Set(['hk', 'com.hk', 'org.hk', 'net.hk', 'edu.hk', 'gov.hk', 'idv.hk', 'com', 'net', 'org', 'io']);

export const emailDomainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

export function websiteDomainOf(website: string | null | undefined): string | undefined {
  if (!website) return undefined;
  try {
    const { hostname } = new URL(/^[a-z]+:\/\//i.test(website) ? website : `https://${website}`);
    return hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

export function domainProves(emailDomain: string, website: string | null | undefined): boolean {
  const site = websiteDomainOf(website);
  if (!site || FREE_MAIL.has(emailDomain) || SUFFIXES.has(emailDomain)) return false;
  return site === emailDomain || site.endsWith(`.${emailDomain}`);
}
