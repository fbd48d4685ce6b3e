import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { classifyFailure, type FailureFacts } from './classify-error.js';
import type { TikTokErrorKind } from './tiktok-error.js';
import { samplesDir } from './test/samples.js';

const cases: Array<[string, FailureFacts, TikTokErrorKind]> = [
  ['HTTP 429 with 36009002', { httpStatus: 429, code: 36009002, message: 'too many requests' }, 'RATE_LIMITED'],
  ['36009002 on HTTP 200', { httpStatus: 200, code: 36009002 }, 'RATE_LIMITED'],
  ['bare HTTP 429', { httpStatus: 429 }, 'RATE_LIMITED'],
  ['36009003 internal error', { httpStatus: 200, code: 36009003 }, 'TEMPORARY'],
  ['36009007 gateway timeout', { httpStatus: 200, code: 36009007 }, 'TEMPORARY'],
  ['503 overload protection, no envelope', { httpStatus: 503 }, 'TEMPORARY'],
  ['502 without envelope', { httpStatus: 502 }, 'TEMPORARY'],
  ['unlisted code on a 500', { httpStatus: 500, code: 99999999 }, 'TEMPORARY'],
  ['timeout', { transport: 'timeout' }, 'TEMPORARY'],
  ['connection reset', { transport: 'network' }, 'TEMPORARY'],
  ['105002 expired token', { httpStatus: 200, code: 105002 }, 'AUTH_EXPIRED'],
  ['101000 token for another shop', { code: 101000 }, 'AUTH_EXPIRED'],
  ['36009004 bad access token', { code: 36009004, message: 'Invalid credentials. The x-tts-access-token header is invalid.' }, 'AUTH_EXPIRED'],
  ['36009004 timestamp out of window', { code: 36009004, message: "The 'timestamp' is too old" }, 'REJECTED'],
  ['36009004 unexpected shop_cipher', { code: 36009004, message: 'Unexpected identifier shop_cipher' }, 'REJECTED'],
  ['36009004 invalid app_key on HTTP 400', { httpStatus: 400, code: 36009004, message: 'invalid app_key' }, 'REJECTED'],
  ['106001 invalid sign on HTTP 401', { httpStatus: 401, code: 106001, message: "The 'sign' query parameter is invalid." }, 'REJECTED'],
  ['105005 scope missing', { code: 105005 }, 'REJECTED'],
  ['36009009 unknown path on HTTP 404 is a bug, not a missing resource', { httpStatus: 404, code: 36009009 }, 'REJECTED'],
  ['bare HTTP 404', { httpStatus: 404 }, 'NOT_FOUND'],
  ['25007006 order not found', { code: 25007006 }, 'NOT_FOUND'],
  ['21008111 order of another seller', { code: 21008111 }, 'NOT_FOUND'],
  ['21011040 already shipped', { httpStatus: 200, code: 21011040 }, 'REJECTED'],
  ['unlisted business code', { httpStatus: 200, code: 12345678 }, 'REJECTED'],
  ['HTTP 400 without envelope', { httpStatus: 400 }, 'REJECTED'],
  ['HTTP 200 without envelope', { httpStatus: 200 }, 'UNKNOWN'],
  ['nothing known', {}, 'UNKNOWN'],
];

describe('classifyFailure', () => {
  test.each(cases)('%s', (_name, facts, kind) => {
    expect(classifyFailure(facts)).toBe(kind);
  });
});

describe('documented endpoint error tables (samples/errors/*.error-codes.json)', async () => {
  const dir = samplesDir('errors');
  const files = dir ? (await readdir(dir)).filter((f) => f.endsWith('.error-codes.json')) : [];
  test.skipIf(!dir)('codes documented as transient are TEMPORARY, missing resources NOT_FOUND', async () => {
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const entries = JSON.parse(await readFile(`${dir}/${file}`, 'utf8')) as Array<{ code: string; msg: string }>;
      for (const { code, msg } of entries) {
        const kind = classifyFailure({ httpStatus: 200, code: Number(code), message: msg });
        // "Please double check and try again" asks for different input, so only these phrasings count.
        if (/try again later|internal error|timeout|multiple retry/i.test(msg)) expect({ code, kind }).toEqual({ code, kind: 'TEMPORARY' });
        else if (/not found|does not belong to the current|not exist/i.test(msg)) expect({ code, kind }).toEqual({ code, kind: 'NOT_FOUND' });
        else expect({ code, kind }).toEqual({ code, kind: expect.stringMatching(/^(REJECTED|TEMPORARY)$/) });
      }
    }
  });
});
