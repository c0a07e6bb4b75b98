// Which confirmed email addresses prove a claim of a profile: the website's domain or a parent of it, never a
// look-alike or a free-mail domain.
import { describe, expect, it } from 'vitest';
import { domainProves, emailDomainOf, websiteDomainOf } from '../../server/modules/claims/claim.domain';

describe('claim email domains', () => {
  it('reads the domain of an address and of a website', () => {
    expect(emailDomainOf('Ada.Chan@Acme.HK')).toBe('acme.hk');
    expect(websiteDomainOf('https://www.acme.hk/about')).toBe('acme.hk');
    expect(websiteDomainOf('acme.com.hk')).toBe('acme.com.hk');
    expect(websiteDomainOf('not a url at all')).toBeUndefined();
    expect(websiteDomainOf(undefined)).toBeUndefined();
  });

  it('accepts the website domain and its parent domains only', () => {
    expect(domainProves('acme.hk', 'https://www.acme.hk')).toBe(true);
    expect(domainProves('acme.hk', 'https://shop.acme.hk')).toBe(true);
    expect(domainProves('shop.acme.hk', 'https://acme.hk')).toBe(false);
    expect(domainProves('acme.hk', 'https://notacme.hk')).toBe(false);
    expect(domainProves('acme.hk', 'https://acme.hk.evil.com')).toBe(false);
    expect(domainProves('acme.hk', undefined)).toBe(false);
  });

  it('never accepts a free-mail domain or a registry suffix, whatever the website says', () => {
    expect(domainProves('gmail.com', 'https://gmail.com')).toBe(false);
    expect(domainProves('com.hk', 'https://acme.com.hk')).toBe(false);
  });
});
