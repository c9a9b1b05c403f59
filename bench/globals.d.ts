// The test-only store hook src/state/test-hook.ts puts on window (the editor's is in test/e2e/globals.d.ts).
import type { StateTestHook } from '../src/state/test-hook.ts';

declare global {
  interface Window {
    __netpolStudioState?: StateTestHook;
  }
}
export {};
