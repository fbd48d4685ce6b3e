import { withTransaction } from '../db/pool.js';
import type { Hub } from '../hub.js';
import { appendJournal } from '../journal/journal.js';

/** TikTok decides by itself when the seller's deadline passes: warn a day, four hours and one hour before. */
export const DEADLINE_THRESHOLDS_MINUTES = [24 * 60, 4 * 60, 60] as const;

/** Journal entity type of the warnings, so a subscription streams only them. */
export const DEADLINE_ENTITY = 'AfterSaleDeadline';

/**
 * Journals `DEADLINE_APPROACHING` once per case, deadline and threshold crossed (the unique warning
 * row makes any number of scans, on any number of workers, warn once). A case whose decision is on
 * its way to TikTok is not warned about.
 */
export async function scanDeadlines(hub: Hub, now: Date = new Date()): Promise<number> {
  return withTransaction(hub.pool, async (tx) => {
    const { rows } = await tx.query(
      `with due as (
         select a.id, a.shop_id, a.deadline_at, a.next_action, a.status, a.kind, a.type, t.minutes
         from app.after_sale a cross join unnest($2::int[]) as t(minutes)
         where a.is_open and a.sync_status <> 'PENDING' and a.deadline_at > $1
           and a.deadline_at <= $1::timestamptz + make_interval(mins => t.minutes)
       )
       insert into app.after_sale_deadline_warning (after_sale_id, deadline_at, threshold_minutes, created_at)
       select id, deadline_at, minutes, now() from due
       on conflict (after_sale_id, deadline_at, threshold_minutes) do nothing
       returning after_sale_id, threshold_minutes, deadline_at`,
      [now, [...DEADLINE_THRESHOLDS_MINUTES]],
    );
    if (!rows.length) return 0;
    const cases = await tx.query(`select id, shop_id, next_action, status, kind, type from app.after_sale where id = any($1::int[])`, [
      rows.map((r) => r.after_sale_id),
    ]);
    const byId = new Map(cases.rows.map((c) => [c.id, c]));
    await appendJournal(
      tx,
      rows.map((r) => {
        const c = byId.get(r.after_sale_id)!;
        return {
          shopId: c.shop_id,
          entityType: DEADLINE_ENTITY,
          entityId: r.after_sale_id,
          kind: 'DEADLINE_APPROACHING',
          source: 'SYSTEM' as const,
          to: c.status,
          data: { thresholdMinutes: r.threshold_minutes, deadlineAt: r.deadline_at.toISOString(), nextAction: c.next_action, kind: c.kind, type: c.type },
        };
      }),
    );
    return rows.length;
  });
}
