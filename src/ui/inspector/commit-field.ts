/** Inspector fields commit through PolicyEdits; errors come back to the field instead of a toast. */
import type { PolicyEdit } from '../../model/edits/index.ts';
import { commitEdits } from '../../state/commit.ts';
import type { Parsed } from '../dialogs/forms.ts';
import type { Text } from '../../state/message.ts';

export function commitParsed<T>(
  parsed: Parsed<T>,
  toEdit: (value: T) => PolicyEdit,
  after?: () => void,
): Text | undefined {
  if (!parsed.ok) return parsed.error;
  const outcome = commitEdits(toEdit(parsed.value));
  if (!outcome.ok) return outcome.error;
  if (outcome.changed) after?.();
  return undefined;
}
