/**
 * Applies yaml-feature-limits.ts to monaco-yaml: after the text changes, the
 * features its size allows are switched with `configureMonacoYaml(…).update`.
 * The configuration is global (one monaco-yaml per page), so what is in force
 * is kept here, outliving an editor's mount.
 */
import type * as Monaco from 'monaco-editor';
import { monacoYaml } from './monaco-env.ts';
import {
  ALL_FEATURES,
  allowedFeatures,
  LIMITS,
  sameFeatures,
  sameWorkerFeatures,
  type YamlFeatures,
} from './yaml-feature-limits.ts';

/** What monaco-env.ts configured at load. */
let inForce: YamlFeatures = ALL_FEATURES;

/**
 * Shorter than monaco-yaml's 500 ms validation delay, so validation is off before it would start on a text
 * too large for it; long enough that typing does not scan a megabyte-sized text on every keystroke.
 */
const SETTLE_MS = 300;

/** The longest the check then waits for an idle moment: it still comes before validation would start. */
const IDLE_WAIT_MS = 150;

export const yamlFeaturesInForce = (): YamlFeatures => ({ ...inForce });

/** Editors told when the features change (for their own options: yaml-feature-limits.ts editorOptionsFor). */
const listeners = new Set<(features: YamlFeatures) => void>();

/** Calls `listener` with the features each time they change; the returned function stops it. */
export function onYamlFeatures(listener: (features: YamlFeatures) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Switches the features `text` allows; nothing happens (and the worker keeps running) when they are unchanged. */
export function limitYamlFeatures(text: string): void {
  const next = allowedFeatures(text, inForce);
  if (sameFeatures(next, inForce)) return;
  const restart = !sameWorkerFeatures(next, inForce);
  inForce = next;
  for (const listener of listeners) listener(next);
  if (!restart) return;
  // update() restarts the worker; its pending requests are dropped, never rejected.
  void monacoYaml.update({
    completion: next.completion,
    hover: next.hover,
    format: { enable: next.format },
    validate: next.validate,
  });
}

/**
 * Text this large is about to arrive (a paste, a load, a workspace switch): switch to the features its size
 * allows now, not after it is in. Wrapping and folding are then never computed for it, which they would be at
 * once, in the same task (and computed again when the limits switch them off: 1.4 s of view lines for a 22 MB
 * List); the limits are checked again once the text has settled (watchYamlFeatureLimits).
 */
export function limitBeforeArrival(incoming: string): void {
  if (incoming.length > LIMITS.completionAndHover.off) limitYamlFeatures(incoming);
}

/** Re-checks the limits once the model's text has settled after a change. */
export function watchYamlFeatureLimits(model: Monaco.editor.ITextModel): Monaco.IDisposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const cancel = () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
    idle = undefined;
  };
  const sub = model.onDidChangeContent(() => {
    cancel();
    // The scan reads the whole text: on an idle moment, so it never sits between a keystroke and its frame.
    timer = setTimeout(() => {
      idle = requestIdleCallback(() => limitYamlFeatures(model.getValue()), { timeout: IDLE_WAIT_MS });
    }, SETTLE_MS);
  });
  return {
    dispose: () => {
      cancel();
      sub.dispose();
    },
  };
}
