/** Which workspace-I/O dialog is open (at most one). UI-only state, so it lives beside the UI. */
import { create } from 'zustand';
import type { ImportFile } from '../../model/io/index.ts';
import type { Text } from '../../state/message.ts';

export type IoDialog =
  | { kind: 'import'; files: ImportFile[]; skipped: string[]; title: Text }
  | { kind: 'inventory' }
  | { kind: 'templates' }
  | { kind: 'name'; mode: 'new' | 'rename'; id?: string; initial: string }
  | { kind: 'delete'; id: string; name: string }
  | { kind: 'copy-fallback'; title: Text; text: string; reason: Text };

interface IoUi {
  dialog: IoDialog | null;
  open: (dialog: IoDialog) => void;
  close: () => void;
}

export const useIoUi = create<IoUi>()((set) => ({
  dialog: null,
  open: (dialog) => set({ dialog }),
  close: () => set({ dialog: null }),
}));

export const openDialog = (dialog: IoDialog) => useIoUi.getState().open(dialog);
