import { expect, test } from 'vitest';
import { encodeQuery, normalizeQuery } from './query.js';

test('lists are comma-joined, scalars stringified, empty values dropped', () => {
  expect(normalizeQuery({ ids: ['1', '2'], page_size: 20, is_cod: false, page_token: '', locale: undefined, x: null })).toEqual({
    ids: '1,2',
    page_size: '20',
    is_cod: 'false',
  });
});

test('values are percent-encoded on the wire', () => {
  expect(encodeQuery({ page_token: 'aB+c/d==', ids: '1,2' })).toBe('page_token=aB%2Bc%2Fd%3D%3D&ids=1%2C2');
});
