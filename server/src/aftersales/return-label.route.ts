import type { Express } from 'express';
import { renderShippingLabel } from '../documents/shipping-label.js';
import type { Hub } from '../hub.js';
import { idOf } from '../platform/global-id.js';
import { authenticate } from '../users/auth.service.js';
import { loadReturnLabel } from './return-label.js';

/**
 * GET /documents/after-sales/{id}/return-label.pdf: the 4x6 return label made in the hub, with the
 * API's bearer credentials; staff only (3PL partners do not see after-sales).
 */
export function mountReturnLabels(app: Express, hub: Hub): void {
  app.get('/documents/after-sales/:id/return-label.pdf', async (req, res, next) => {
    try {
      const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      const actor = await authenticate(hub.pool, bearer);
      if (actor.kind !== 'user') {
        res.status(actor.kind === 'anonymous' ? 401 : 404).json({ errors: [{ message: 'Sign in as staff.', extensions: { code: 'UNAUTHENTICATED' } }] });
        return;
      }
      const id = /^\d+$/.test(req.params.id) ? Number(req.params.id) : idOf(decodeURIComponent(req.params.id), 'AfterSale');
      const label = id ? await loadReturnLabel(hub.pool, id) : null;
      if (!label) {
        res.status(404).json({ errors: [{ message: 'No return label for this case.', extensions: { code: 'NOT_FOUND' } }] });
        return;
      }
      res.setHeader('content-type', 'application/pdf');
      res.setHeader('content-disposition', `inline; filename="return-${id}-label.pdf"`);
      res.end(renderShippingLabel(label));
    } catch (err) {
      next(err);
    }
  });
}
