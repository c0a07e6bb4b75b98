import { describe, expect, it } from 'vitest';
import { VerifiedTokens, type VerifiedClaims } from '../../server/modules/accounts/verified-tokens';

const claims = (iat: number, exp: number): VerifiedClaims => ({ sub: 'a'.repeat(24), sid: 'b'.repeat(24), role: 'sme', sv: 0, typ: 'access', iat, exp });
const at = (seconds: number) => seconds * 1000;

describe('verified access tokens', () => {
  it('answers a token verified before until the second it expires, then forgets it', () => {
    const tokens = new VerifiedTokens(900);
    tokens.remember('Bearer x', claims(1000, 1900), at(1000));
    expect(tokens.claimsOf('Bearer x', at(1899.999))?.exp).toBe(1900);
    expect(tokens.claimsOf('Bearer x', at(1900))).toBeUndefined();
    expect(tokens.claimsOf('Bearer x', at(1000))).toBeUndefined();
  });

  it('holds a token no longer than the longest lifetime after its issue, whatever its expiry says', () => {
    const tokens = new VerifiedTokens(900);
    tokens.remember('Bearer long', claims(1000, 5000), at(1000));
    expect(tokens.claimsOf('Bearer long', at(1899))).toBeDefined();
    expect(tokens.claimsOf('Bearer long', at(1900))).toBeUndefined();
  });

  it('knows only the exact text it verified', () => {
    const tokens = new VerifiedTokens(900);
    tokens.remember('Bearer x', claims(1000, 1900), at(1000));
    expect(tokens.claimsOf('Bearer x ', at(1001))).toBeUndefined();
    expect(tokens.claimsOf('bearer x', at(1001))).toBeUndefined();
  });

  it('does not keep a token already expired', () => {
    const tokens = new VerifiedTokens(900);
    tokens.remember('Bearer old', claims(1000, 1900), at(1900));
    expect(tokens.claimsOf('Bearer old', at(1000))).toBeUndefined();
  });

  it('keeps at most ten thousand tokens, dropping the oldest first', () => {
    const tokens = new VerifiedTokens(900);
    for (let i = 0; i <= 10_000; i++) tokens.remember(`Bearer ${i}`, claims(1000, 1900), at(1000));
    expect(tokens.claimsOf('Bearer 0', at(1001))).toBeUndefined();
    expect(tokens.claimsOf('Bearer 1', at(1001))).toBeDefined();
    expect(tokens.claimsOf('Bearer 10000', at(1001))).toBeDefined();
  });
});
