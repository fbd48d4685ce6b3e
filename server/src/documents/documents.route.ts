import type { Express, Response } from 'express';
import type { Hub } from '../hub.js';
import { idOf } from '../platform/global-id.js';
import { authenticate } from '../users/auth.service.js';
import { renderLabelZpl } from './label-zpl.js';
import { loadPackageDocuments } from './package-documents.js';
import { renderPackingSlip } from './packing-slip.js';
import { renderShippingLabel } from './shipping-label.js';

const KINDS = {
  'packing-slip.pdf': { type: 'application/pdf', needsLabel: false },
  'label.pdf': { type: 'application/pdf', needsLabel: true },
  'label.zpl': { type: 'text/plain; charset=utf-8', needsLabel: true },
} as const;

function problem(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * GET /documents/packages/{id}/{packing-slip.pdf | label.pdf | label.zpl}: printable documents with the
 * same bearer credentials as the API. A package the caller may not see is not found.
 */
export function mountDocuments(app: Express, hub: Hub): void {
  app.get('/documents/packages/:id/:kind', async (req, res, next) => {
    try {
      const kind = KINDS[req.params.kind as keyof typeof KINDS];
      if (!kind) return problem(res, 404, 'NOT_FOUND', 'Unknown document.');
      const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      const actor = await authenticate(hub.pool, bearer);
      if (actor.kind === 'anonymous') return problem(res, 401, 'UNAUTHENTICATED', 'Sign in or send an API token.');
      const packageId = /^\d+$/.test(req.params.id) ? Number(req.params.id) : idOf(decodeURIComponent(req.params.id), 'Package');
      const docs = packageId ? await loadPackageDocuments(hub.pool, actor, packageId) : null;
      if (!docs) return problem(res, 404, 'NOT_FOUND', 'No such package.');
      if (kind.needsLabel && !docs.label) {
        return problem(res, 409, 'NO_LABEL', 'This package has no label to print: TikTok Shipping packages print TikTok’s label; seller-shipped ones need a tracking number first.');
      }
      const body =
        req.params.kind === 'packing-slip.pdf' ? renderPackingSlip(docs.slip) : req.params.kind === 'label.pdf' ? renderShippingLabel(docs.label!) : renderLabelZpl(docs.label!);
      res.setHeader('content-type', kind.type);
      res.setHeader('content-disposition', `inline; filename="package-${packageId}-${req.params.kind}"`);
      res.end(body);
    } catch (err) {
      next(err);
    }
  });
}
