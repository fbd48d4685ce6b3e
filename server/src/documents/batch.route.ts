import type { Express, Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import type { Hub } from '../hub.js';
import { partnerScope, type Actor } from '../platform/actor.js';
import { idOf } from '../platform/global-id.js';
import { loadShippingPackages } from '../shipping/package-facts.js';
import { fetchTikTokDocument } from '../shipping/tiktok-documents.js';
import { authenticate } from '../users/auth.service.js';
import { renderBatchStream } from './batch.js';
import type { BatchItem } from './document.types.js';
import { loadPackageDocuments } from './package-documents.js';
import { renderPickList } from './pick-list.js';

/** A batch is printed in one go; beyond this, split it (the merged PDF streams, but a person must handle it). */
export const MAX_BATCH_PACKAGES = 1000;

/** Packages read (and TikTok labels fetched) ahead of the one being drawn: network waits overlap, memory stays small. */
const PREFETCH = 4;

/** Yields `load(id)` for each id in order, with up to `ahead` loads running at once. */
async function* inOrder<T>(ids: readonly number[], load: (id: number) => Promise<T>, ahead: number): AsyncGenerator<T> {
  const pending: Promise<T>[] = [];
  let next = 0;
  const fill = () => {
    while (next < ids.length && pending.length < ahead) {
      const p = load(ids[next++]!);
      // Awaited in turn below; this only keeps an early failure from counting as unhandled meanwhile.
      p.catch(() => undefined);
      pending.push(p);
    }
  };
  fill();
  while (pending.length) {
    const item = await pending.shift()!;
    fill();
    yield item;
  }
}

function problem(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

async function actorOf(hub: Hub, req: Request): Promise<Actor> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  return authenticate(hub.pool, bearer);
}

function packageIdOf(raw: string): number | null {
  return /^\d+$/.test(raw) ? Number(raw) : idOf(decodeURIComponent(raw), 'Package');
}

/** `?packages=1,2,gid://consign/Package/3` in batch order; null when malformed or too many. */
function packageList(req: Request): number[] | null {
  const raw = typeof req.query.packages === 'string' ? req.query.packages : '';
  const ids = raw.split(',').filter(Boolean).map(packageIdOf);
  if (!ids.length || ids.length > MAX_BATCH_PACKAGES || ids.some((id) => id === null)) return null;
  return [...new Set(ids as number[])];
}

/**
 * Batch documents over HTTP, same bearer credentials as the API (a partner's token sees only its packages):
 * - GET /documents/batch.pdf?packages=… — one PDF, per package its label then its packing slip, streamed.
 *   TikTok Shipping packages get a notice page (pdfkit cannot import TikTok's label pages) with TikTok's
 *   label PDF attached to the file when TikTok has issued it.
 * - GET /documents/pick-list.pdf?packages=… — what to take off the shelves for the batch, per warehouse.
 * - GET /documents/packages/{id}/tiktok-label.pdf | tiktok-packing-slip.pdf — TikTok's own documents.
 */
export function mountBatchDocuments(app: Express, hub: Hub): void {
  for (const kind of ['tiktok-label.pdf', 'tiktok-packing-slip.pdf'] as const) {
    app.get(`/documents/packages/:id/${kind}`, async (req, res, next) => {
      try {
        const actor = await actorOf(hub, req);
        if (actor.kind === 'anonymous') return problem(res, 401, 'UNAUTHENTICATED', 'Sign in or send an API token.');
        const id = packageIdOf(req.params.id!);
        const pkg = id ? (await loadShippingPackages(hub.pool, [id], partnerScope(actor))).get(id) : undefined;
        if (!pkg) return problem(res, 404, 'NOT_FOUND', 'No such package.');
        if (pkg.shippingType !== 'TIKTOK') return problem(res, 409, 'NOT_TIKTOK_SHIPPING', 'Only TikTok Shipping packages have TikTok documents.');
        const doc = await fetchTikTokDocument(hub, pkg, kind === 'tiktok-label.pdf' ? 'SHIPPING_LABEL' : 'PACKING_SLIP');
        if (!doc.ok) {
          if (doc.retryAfterSeconds) res.setHeader('retry-after', String(doc.retryAfterSeconds));
          return problem(res, doc.status, doc.code, doc.message);
        }
        res.setHeader('content-type', 'application/pdf');
        res.setHeader('content-disposition', `inline; filename="package-${pkg.id}-${kind}"`);
        res.end(doc.pdf);
      } catch (err) {
        next(err);
      }
    });
  }

  app.get('/documents/batch.pdf', async (req, res, next) => {
    try {
      const actor = await actorOf(hub, req);
      if (actor.kind === 'anonymous') return problem(res, 401, 'UNAUTHENTICATED', 'Sign in or send an API token.');
      const ids = packageList(req);
      if (!ids) return problem(res, 400, 'BAD_REQUEST', `List 1 to ${MAX_BATCH_PACKAGES} package ids in ?packages=, comma-separated.`);
      const facts = await loadShippingPackages(hub.pool, ids, partnerScope(actor));
      const missing = ids.filter((id) => !facts.has(id));
      if (missing.length) return problem(res, 404, 'NOT_FOUND', `No such package: ${missing.join(', ')}.`);
      const load = async (id: number): Promise<BatchItem> => {
        const docs = (await loadPackageDocuments(hub.pool, actor, id))!;
        const pkg = facts.get(id)!;
        if (pkg.shippingType === 'TIKTOK') {
          // TikTok issues its label only between arranging shipment and pickup; outside that, the notice page alone.
          const label = pkg.status === 'PROCESSING' ? await fetchTikTokDocument(hub, pkg, 'SHIPPING_LABEL') : null;
          return {
            label: {
              kind: 'tiktok',
              packageId: String(id),
              tiktokPackageId: pkg.tiktokPackageId ?? '',
              orderIds: docs.slip.orderIds,
              ...(label?.ok ? { labelPdf: label.pdf } : {}),
            },
            slip: docs.slip,
          };
        }
        return { label: docs.label ? { kind: 'seller', label: docs.label } : { kind: 'none' }, slip: docs.slip };
      };
      res.setHeader('content-type', 'application/pdf');
      res.setHeader('content-disposition', `inline; filename="batch-${ids.length}-packages.pdf"`);
      await pipeline(renderBatchStream(inOrder(ids, load, PREFETCH)), res);
    } catch (err) {
      if (res.headersSent) res.destroy(err as Error);
      else next(err);
    }
  });

  app.get('/documents/pick-list.pdf', async (req, res, next) => {
    try {
      const actor = await actorOf(hub, req);
      if (actor.kind === 'anonymous') return problem(res, 401, 'UNAUTHENTICATED', 'Sign in or send an API token.');
      const ids = packageList(req);
      if (!ids) return problem(res, 400, 'BAD_REQUEST', `List 1 to ${MAX_BATCH_PACKAGES} package ids in ?packages=, comma-separated.`);
      const partner = partnerScope(actor);
      const { rows } = await hub.pool.query(
        // The package's own warehouse, else the one TikTok put its order in, else the shop's default.
        `select p.id, w.id as warehouse_id, w.name as warehouse_name from app.package p join app.shop s on s.id = p.shop_id
         left join app.warehouse w on w.id = coalesce(
           p.warehouse_id,
           (select tw.id from app.order_line l join app.order o on o.id = l.order_id
              join app.warehouse tw on tw.shop_id = o.shop_id and tw.tiktok_warehouse_id = o.tiktok_warehouse_id
            where l.package_id = p.id limit 1),
           s.default_warehouse_id)
         where p.id = any($1::int[]) and ($2::int is null or p.partner_id = $2)`,
        [ids, partner],
      );
      const warehouses = new Map(rows.map((r) => [r.id as number, { id: String(r.warehouse_id ?? 'none'), name: r.warehouse_name ?? 'No warehouse' }]));
      const missing = ids.filter((id) => !warehouses.has(id));
      if (missing.length) return problem(res, 404, 'NOT_FOUND', `No such package: ${missing.join(', ')}.`);
      const packages = [];
      for (const id of ids) {
        const docs = (await loadPackageDocuments(hub.pool, actor, id))!;
        packages.push({ packageId: String(id), warehouse: warehouses.get(id)!, lines: docs.slip.lines });
      }
      const batchName = typeof req.query.name === 'string' && req.query.name ? req.query.name.slice(0, 80) : `${ids.length} packages`;
      const pdf = renderPickList({ batchName, generatedAt: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC', packages });
      res.setHeader('content-type', 'application/pdf');
      res.setHeader('content-disposition', `inline; filename="pick-list-${ids.length}-packages.pdf"`);
      res.end(pdf);
    } catch (err) {
      next(err);
    }
  });
}
