/**
 * Copies text and tells the user what happened. The async Clipboard API can be
 * missing (non-secure context) or refuse (permissions, document not focused);
 * then the text is shown in a dialog to copy by hand instead of failing silently.
 */
import { notify } from '../../state/notices.ts';
import { openDialog } from './io-ui.ts';

export async function copyText(text: string, what: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('the clipboard is not available on this page');
    await navigator.clipboard.writeText(text);
    notify('success', `${what} copied to the clipboard.`);
    return true;
  } catch (e) {
    const reason = e instanceof Error && e.message ? e.message : 'the browser refused';
    openDialog({ kind: 'copy-fallback', title: `Copy ${what.toLowerCase()}`, text, reason });
    return false;
  }
}
