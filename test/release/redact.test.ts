/**
 * @jest-environment node
 */
// The scripts are plain CommonJS; typed here by what the test uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { redact } = require('../../scripts/lib/credentials') as { redact(text: string, secrets: string[]): string };

describe('redact (what the release scripts pass every echoed error through)', () => {
  it('removes a secret wherever it appears', () => {
    expect(redact('token secret=abc123secret and abc123secret', ['abc123secret'])).toBe(
      'token secret=[redacted] and [redacted]',
    );
  });

  it('removes each long line of a key file even when the key appears only in part', () => {
    const key =
      '-----BEGIN RSA PRIVATE KEY-----\nMIICXAIBAAKBgQDfirstlinefirstline\nSECONDLINEsecondlinesecond\n-----END RSA PRIVATE KEY-----';
    const out = redact('bad key near SECONDLINEsecondlinesecond in file', [key]);
    expect(out).toBe('bad key near [redacted] in file');
  });

  it('ignores empty secrets', () => {
    expect(redact('nothing to hide', ['', ''])).toBe('nothing to hide');
  });
});
