/**
 * The graph dialog that is open (gestures/dialog-store.ts): "Allow traffic"
 * after drawing an edge, or the name prompt after a palette drop. Submitting
 * closes it and makes the edit.
 */
import { CreateDialog } from '../dialogs/CreateDialog.tsx';
import { FlowDialog } from '../dialogs/FlowDialog.tsx';
import { drawFlow } from './gestures/create.ts';
import { openGraphDialog, useGraphDialog } from './gestures/dialog-store.ts';

export function CanvasDialogs() {
  const dialog = useGraphDialog((s) => s.dialog);
  const close = () => openGraphDialog(null);
  if (dialog?.type === 'flow')
    return (
      <FlowDialog
        source={dialog.source}
        target={dialog.target}
        onCancel={close}
        onSubmit={(ports, sides, source) => {
          close();
          drawFlow(source, dialog.target, ports, sides);
        }}
      />
    );
  if (dialog?.type === 'create')
    return (
      <CreateDialog
        kind={dialog.kind}
        namespace={dialog.namespace}
        namespaces={dialog.namespaces}
        onCancel={close}
        onSubmit={(values) => {
          close();
          dialog.submit(values);
        }}
      />
    );
  return null;
}
