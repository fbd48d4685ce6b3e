import { session } from './session';

/** Why a document could not be fetched, in the hub's words when it gave some. */
export class DocumentError extends Error {}

/**
 * Fetches a printable PDF by the path the API gives (`Package.documents`). The documents routes take the
 * same bearer token as the API, which a plain link cannot carry, so the file is fetched here.
 */
export async function fetchDocument(path: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { authorization: `Bearer ${session.token ?? ''}` } });
  } catch {
    throw new DocumentError('The hub cannot be reached. Check the connection and try again.');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null;
    throw new DocumentError(body?.errors?.[0]?.message ?? `The hub could not produce this document (HTTP ${response.status}).`);
  }
  return response.blob();
}

/**
 * Opens the PDF in a new tab as a blob URL, where the browser's viewer prints it. The tab is opened inside
 * the click, before the fetch, so pop-up blockers let it through; it closes again when the fetch fails.
 */
export async function openDocument(path: string): Promise<void> {
  const tab = window.open('', '_blank');
  try {
    const url = URL.createObjectURL(await fetchDocument(path));
    if (tab) tab.location.href = url;
    else window.location.assign(url);
    // Only the tab's first load needs the URL.
    window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (error) {
    tab?.close();
    throw error;
  }
}
