import { describe, expect, test } from 'vitest';
import { maskError } from './errors.js';

describe('maskError', () => {
  test('an unexpected error reaches the client as a generic message, without stack, SQL or paths', () => {
    const masked = maskError({
      message: 'relation "app.order" does not exist at /srv/consign/dist/server/src/orders/order-search.js:42',
      path: ['orders'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['Error: relation …', '    at select (/srv/consign/…)'] },
    });
    expect(masked.message).toBe('Internal error. It has been logged; the x-request-id response header names it.');
    expect(JSON.stringify(masked)).not.toMatch(/relation|\/srv|stacktrace/);
    expect(masked.path).toEqual(['orders']);
  });

  test('expected errors keep their message and code but lose any stack trace', () => {
    const kept = maskError({ message: 'first must be between 0 and 100.', extensions: { code: 'BAD_USER_INPUT', stacktrace: ['x'] } });
    expect(kept).toEqual({ message: 'first must be between 0 and 100.', extensions: { code: 'BAD_USER_INPUT' } });
  });
});
