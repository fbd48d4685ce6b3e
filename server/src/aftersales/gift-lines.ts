/**
 * Gift-with-purchase units (TikTok `is_gift`, priced 0) arrive as lines of their own with no link to
 * the paid unit that earned them. The hub links each gift unit to a paid unit of the same order, in
 * TikTok's line order: the first paid unit without a gift yet, then round again. Whatever happens to
 * the paid unit (cancel, return, refund) takes its gift along; a gift alone is never returned or
 * cancelled, and refunds nothing (its price is 0).
 */
export interface GiftLinkLine {
  id: number;
  isGift: boolean;
  position: number;
}

/** Gift unit id → paid unit id. Orders without a paid unit leave their gifts unlinked. */
export function giftParents(lines: readonly GiftLinkLine[]): Map<number, number> {
  const sorted = [...lines].sort((a, b) => a.position - b.position || a.id - b.id);
  const paid = sorted.filter((l) => !l.isGift);
  const out = new Map<number, number>();
  if (!paid.length) return out;
  sorted
    .filter((l) => l.isGift)
    .forEach((gift, i) => out.set(gift.id, paid[i % paid.length]!.id));
  return out;
}

export type GiftSelection = { ok: true; lineIds: number[] } | { ok: false; giftId: number; parentId: number };

/**
 * A selection of units with the gifts of the selected paid units added; a gift picked without its
 * paid unit is refused (it would leave the gift refunded or cancelled while its reason to exist stays).
 */
export function withGifts(lines: readonly GiftLinkLine[], selected: readonly number[]): GiftSelection {
  const parents = giftParents(lines);
  const chosen = new Set(selected);
  for (const id of selected) {
    const parent = parents.get(id);
    if (parent !== undefined && !chosen.has(parent)) return { ok: false, giftId: id, parentId: parent };
  }
  for (const [gift, parent] of parents) if (chosen.has(parent)) chosen.add(gift);
  return { ok: true, lineIds: lines.filter((l) => chosen.has(l.id)).map((l) => l.id) };
}
