import { describe, expect, test } from 'vitest';
import { giftParents, withGifts } from './gift-lines.js';

const line = (id: number, isGift = false) => ({ id, isGift, position: id });

describe('gift-with-purchase links', () => {
  test('each gift unit is linked to a paid unit in line order, round again when gifts outnumber them', () => {
    expect([...giftParents([line(1), line(2), line(3, true)])]).toEqual([[3, 1]]);
    expect([...giftParents([line(1), line(2, true), line(3, true), line(4, true)])]).toEqual([
      [2, 1],
      [3, 1],
      [4, 1],
    ]);
    expect([...giftParents([line(1), line(2), line(3, true), line(4, true)])]).toEqual([
      [3, 1],
      [4, 2],
    ]);
  });

  test('an order of gifts only links nothing', () => {
    expect(giftParents([line(1, true)]).size).toBe(0);
  });

  test('selecting a paid unit takes its gift along; a gift alone is refused', () => {
    const lines = [line(1), line(2), line(3, true)];
    expect(withGifts(lines, [1])).toEqual({ ok: true, lineIds: [1, 3] });
    expect(withGifts(lines, [2])).toEqual({ ok: true, lineIds: [2] });
    expect(withGifts(lines, [3])).toEqual({ ok: false, giftId: 3, parentId: 1 });
  });
});
