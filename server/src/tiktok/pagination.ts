import { TikTokError } from './tiktok-error.js';
import type { Paged } from './wire/common.js';

/**
 * Follows `next_page_token` until it comes back empty. A token TikTok already handed out would loop
 * forever, so it stops with an error instead.
 */
export async function* followPages<Page extends Paged>(fetchPage: (pageToken: string | undefined) => Promise<Page>): AsyncGenerator<Page, void, undefined> {
  const seen = new Set<string>();
  let pageToken: string | undefined;
  for (;;) {
    const page = await fetchPage(pageToken);
    yield page;
    const next = page.next_page_token;
    if (!next) return;
    if (seen.has(next)) {
      throw new TikTokError({ kind: 'UNKNOWN', message: 'TikTok repeated a next_page_token; stopping to avoid an endless loop' });
    }
    seen.add(next);
    pageToken = next;
  }
}
