import type { Hub } from '../hub.js';

const WIDTH = 30;

/**
 * Prints the progress of running backfills on the terminal until they are done, driven by the
 * journal's BACKFILL_PROGRESS entries. On a terminal it redraws one bar; otherwise it prints a line
 * per tenth, so logs stay readable.
 */
export async function showBackfillProgress(hub: Hub, out: NodeJS.WriteStream = process.stdout): Promise<void> {
  const read = async () => {
    const { rows } = await hub.pool.query(
      `select coalesce(sum(backfill_done), 0)::int as done, coalesce(sum(backfill_total), 0)::int as total,
         count(*) filter (where backfill_status in ('RUNNING', 'NOT_STARTED'))::int as running
       from app.shop_sync ss join app.shop s on s.id = ss.shop_id where s.status = 'CONNECTED'`,
    );
    return rows[0] as { done: number; total: number; running: number };
  };
  let lastTenth = -1;
  const draw = ({ done, total }: { done: number; total: number }) => {
    const ratio = total ? Math.min(1, done / total) : 0;
    if (out.isTTY) {
      const filled = Math.round(ratio * WIDTH);
      out.write(`\r  importing orders [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total || '?'}`);
    } else if (Math.floor(ratio * 10) > lastTenth) {
      lastTenth = Math.floor(ratio * 10);
      out.write(`  importing orders: ${done}/${total || '?'}\n`);
    }
  };
  let state = await read();
  if (!state.running) return;
  const events = hub.journal.subscribe({ entityType: 'Shop' });
  draw(state);
  for await (const event of events) {
    if (event.kind !== 'BACKFILL_PROGRESS' && event.kind !== 'BACKFILL_DONE') continue;
    state = await read();
    draw(state);
    if (!state.running) break;
  }
  await events.return(undefined);
  if (out.isTTY) out.write('\n');
  out.write(`  imported ${state.done} orders\n`);
}
