import { session } from './session';

/**
 * Printable documents come from the hub's `/documents/…` routes, which take the same bearer token as the
 * API and no cookie: a plain link would arrive unauthenticated. So the console fetches them with the
 * Authorization header and hands the browser a blob URL to show, print or save.
 */
export class DocumentError extends Error {}

export interface DocumentProgress {
  /** Bytes of the response body received so far. */
  received: number;
  /** From Content-Length when the hub sends one; streamed batches have none. */
  total: number | null;
}

export async function fetchDocument(path: string, onProgress?: (progress: DocumentProgress) => void): Promise<Blob> {
  const response = await fetch(path, { headers: session.token ? { authorization: `Bearer ${session.token}` } : {} });
  if (!response.ok) throw new DocumentError(await problemMessage(response));
  const type = response.headers.get('content-type') ?? 'application/pdf';
  if (!onProgress || !response.body) return response.blob();
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const reader = response.body.getReader();
  const chunks: BlobPart[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress({ received, total });
  }
  return new Blob(chunks, { type });
}

/** The hub's routes answer errors as `{ errors: [{ message }] }`, like the API. */
async function problemMessage(response: Response): Promise<string> {
  if (response.status === 401) return 'Your session has ended. Please sign in again.';
  try {
    const body = (await response.json()) as { errors?: { message?: string }[] };
    const message = body.errors?.[0]?.message;
    if (message) return message;
  } catch {
    // Not JSON: fall through to the status.
  }
  return `The hub could not produce the document (HTTP ${response.status}).`;
}

/**
 * Opens a document in a new tab. The tab is opened before the download starts, inside the click, because
 * browsers block tabs opened later by script; it shows the PDF once it has arrived.
 */
export async function openDocument(path: string): Promise<string> {
  const tab = window.open('', '_blank');
  try {
    const url = URL.createObjectURL(await fetchDocument(path));
    if (tab) tab.location.href = url;
    else window.location.assign(url);
    return url;
  } catch (error) {
    tab?.close();
    throw error;
  }
}

/** Prints a fetched PDF through a hidden frame, so the browser's print dialog opens without leaving the page. */
export function printBlobUrl(url: string): void {
  const frame = document.createElement('iframe');
  frame.style.position = 'fixed';
  frame.style.width = '0';
  frame.style.height = '0';
  frame.style.border = '0';
  frame.src = url;
  frame.onload = () => {
    frame.contentWindow?.focus();
    frame.contentWindow?.print();
    // The dialog blocks until closed in most browsers; the frame is removed well after either way.
    setTimeout(() => frame.remove(), 60_000);
  };
  document.body.append(frame);
}

export function documentErrorMessage(error: unknown): string {
  if (error instanceof DocumentError) return error.message;
  return 'The hub cannot be reached. Check the connection and try again.';
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
