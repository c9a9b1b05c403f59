/**
 * "Cluster inventory": how to bring a real cluster's workloads, namespace
 * labels and policies in, without the app ever talking to the cluster. The
 * user runs one kubectl command and pastes the output (or picks the file);
 * the import then strips cluster noise (status, managedFields…).
 */
import { useRef, useState } from 'react';
import { Dialog } from '../dialogs/Dialog.tsx';
import { copyText } from './clipboard.ts';
import { openDialog } from './io-ui.ts';
import { ACCEPT, fromFileList, readFiles } from './read-files.ts';

export const INVENTORY_COMMAND = 'kubectl get ns,deploy,rs,sts,ds,pods,netpol -A -o yaml';

export function InventoryDialog({ onClose }: { onClose: () => void }) {
  const [text, setText] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);

  const next = (files: { name: string; text: string }[], skipped: string[] = []) =>
    openDialog({ kind: 'import', files, skipped, title: 'Import cluster inventory' });

  return (
    <Dialog
      title="Import a cluster inventory"
      subtitle="See what your policies really allow, with your real workloads and namespace labels."
      onClose={onClose}
      size="large"
      testId="inventory-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="btn btn--primary"
            disabled={text.trim() === ''}
            onClick={() => next([{ name: 'cluster-inventory.yaml', text }])}
            data-testid="inventory-continue"
          >
            Continue…
          </button>
        </>
      }
    >
      <ol className="steps">
        <li>
          Run this against your cluster (read-only; it lists namespaces, deployments and their replica sets, stateful
          sets, daemon sets, pods and NetworkPolicies in every namespace — pods of a deployment are drawn as that
          deployment):
          <div className="command">
            <code data-testid="inventory-command">{INVENTORY_COMMAND} &gt; cluster.yaml</code>
            <button
              type="button"
              className="btn btn--small"
              onClick={() => void copyText(INVENTORY_COMMAND, 'Command')}
            >
              Copy
            </button>
          </div>
        </li>
        <li>
          Paste the output below, or{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => fileRef.current?.click()}
            data-testid="inventory-file-button"
          >
            choose the file
          </button>
          . Nothing is sent anywhere: it is read in this tab.
          <input
            ref={fileRef}
            type="file"
            accept={ACCEPT}
            hidden
            data-testid="inventory-file"
            onChange={async (e) => {
              const input = e.currentTarget; // React clears currentTarget after the await
              if (!input.files || input.files.length === 0) return;
              const { files, skipped } = await readFiles(fromFileList(input.files));
              input.value = '';
              next(files, skipped);
            }}
          />
        </li>
      </ol>
      <label className="field">
        <span className="field__label">kubectl output</span>
        <textarea
          className="textarea"
          spellCheck={false}
          rows={10}
          value={text}
          placeholder={'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Namespace\n  …'}
          onChange={(e) => setText(e.target.value)}
          data-testid="inventory-text"
          data-autofocus
        />
      </label>
      <p className="dialog__note">
        Status, managedFields and other fields the cluster adds are removed on import; labels, selectors and container
        ports are kept.
      </p>
    </Dialog>
  );
}
