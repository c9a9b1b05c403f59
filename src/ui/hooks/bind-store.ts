/**
 * A React hook over a vanilla zustand store (src/state holds no React): what
 * zustand's `create` returns, built for a store made elsewhere. The hook
 * carries the store's API too, so `useX.getState()` works as before.
 */
import { useStore as useZustandStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';

export interface BoundStore<S> extends StoreApi<S> {
  (): S;
  <U>(selector: (state: S) => U): U;
}

export function bindStore<S>(api: StoreApi<S>): BoundStore<S> {
  const useBound = <U>(selector?: (state: S) => U) => useZustandStore(api, selector ?? ((s: S) => s as unknown as U));
  return Object.assign(useBound, api) as BoundStore<S>;
}
