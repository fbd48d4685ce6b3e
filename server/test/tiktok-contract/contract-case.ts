import type { EmulatorTarget, Target } from './target.js';

/**
 * A disagreement already reported to the owning side: the case asserts the spec and is registered
 * as `test.fails` where the wrong side takes part (the client is in every run, the emulator only in
 * its own), so it turns red again once the owners fix it.
 */
export interface KnownBug {
  side: 'client' | 'emulator';
  note: string;
}

interface CaseBase {
  name: string;
  bug?: KnownBug;
}

/** Runs against every target: only the client and read-only or self-contained calls. */
export interface AnyTargetCase extends CaseBase {
  target: 'any';
  run(t: Target): Promise<void>;
}

/** Needs the emulator's controls (clock, faults, ledger, buyers): emulator runs only. */
export interface EmulatorCase extends CaseBase {
  target: 'emulator';
  run(t: EmulatorTarget): Promise<void>;
}

export type ContractCase = AnyTargetCase | EmulatorCase;

/** The emulator when the case runs there, for extra ground-truth checks; undefined on a real shop. */
export function emulatorOf(t: Target): EmulatorTarget | undefined {
  return 'emulator' in t ? (t as EmulatorTarget) : undefined;
}
