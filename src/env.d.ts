/// <reference types="vite/client" />

interface ImportMetaEnv {
  /**
   * True only in test builds (`vite build --mode test`): installs the window hooks that e2e specs and browser
   * benches drive the app through. A compile-time constant (vite.config.ts `define`), so production drops them.
   */
  readonly VITE_TEST_HOOKS: boolean;
}
