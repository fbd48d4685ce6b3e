/**
 * The TikTok emulator's control API (`/__emulator/…`, JSON, unsigned) over HTTP. The hub never imports the
 * emulator's code: it may run in this process (`npm start`) or on its own (`npm run sandbox`).
 */

/** The emulator answered, but refused (HTTP 4xx with `{ error }`): a move the platform does not allow now. */
export class EmulatorRefused extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** The emulator could not be reached, or answered something that is not its control API. */
export class EmulatorUnreachable extends Error {}

const TIMEOUT_MS = 10_000;

export class EmulatorControl {
  constructor(private readonly baseUrl: string) {}

  get url(): string {
    return this.baseUrl;
  }

  get<T>(path: string): Promise<T> {
    return this.call<T>('GET', path);
  }

  post<T>(path: string, body: object = {}): Promise<T> {
    return this.call<T>('POST', path, body);
  }

  put<T>(path: string, body: object): Promise<T> {
    return this.call<T>('PUT', path, body);
  }

  private async call<T>(method: string, path: string, body?: object): Promise<T> {
    let res: Response;
    try {
      res = await fetch(`${this.baseUrl}/__emulator${path}`, {
        method,
        headers: body ? { 'content-type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (e) {
      throw new EmulatorUnreachable(`The sandbox at ${this.baseUrl} cannot be reached (${e instanceof Error ? e.message : String(e)}).`);
    }
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new EmulatorUnreachable(`The sandbox at ${this.baseUrl} answered HTTP ${res.status} without JSON: is it the emulator?`);
    }
    if (res.ok) return json as T;
    const error = (json as { error?: unknown }).error;
    if (res.status >= 400 && res.status < 500 && typeof error === 'string') throw new EmulatorRefused(error, res.status);
    throw new EmulatorUnreachable(`The sandbox answered HTTP ${res.status}.`);
  }
}
