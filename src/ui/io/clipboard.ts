/**
 * Copies text and tells the user what happened. The async Clipboard API can be
 * missing (non-secure context) or refuse (permissions, document not focused);
 * then the text is shown in a dialog to copy by hand instead of failing silently.
 */
import { notify } from '../../state/notices.ts';
import { openDialog } from './io-ui.ts';
import { message, type Text } from '../../state/message.ts';

/** What is being copied, as the notices name it. */
export type CopiedThing = 'workspaceYaml' | 'shareLink' | 'command';

export async function copyText(text: string, what: CopiedThing): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return fallback(text, what, message('ui-io:copy.unavailable'));
    await navigator.clipboard.writeText(text);
    notify('success', message(`ui-io:copy.copied.${what}`));
    return true;
  } catch (e) {
    // The browser's own reason, in the browser's language; a fixed one when it gives none.
    return fallback(text, what, e instanceof Error && e.message ? e.message : message('ui-io:copy.refused'));
  }
}

function fallback(text: string, what: CopiedThing, reason: Text): false {
  openDialog({ kind: 'copy-fallback', title: message(`ui-io:copy.title.${what}`), text, reason });
  return false;
}
