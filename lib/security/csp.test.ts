import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp';

describe('contentSecurityPolicy', () => {
  it('allows scripts only with the nonce, eval only in development', () => {
    const production = contentSecurityPolicy('abc', { development: false });
    expect(production).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(production).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy('abc', { development: true })).toContain("'unsafe-eval'");
  });

  it('lets the pages be framed by this origin, or by the sources configured for an intranet', () => {
    expect(contentSecurityPolicy('n', { development: false })).toContain("frame-ancestors 'self'");
    expect(contentSecurityPolicy('n', { development: false, frameAncestors: "'self'  https://intranet.example" })).toContain("frame-ancestors 'self' https://intranet.example");
  });
});
