/** The state stores (src/state, vanilla zustand) as React hooks, for components. */
import { draftsStore } from '../../state/drafts.ts';
import { effectiveViewStore } from '../../state/effective-view.ts';
import { historyStore } from '../../state/history.ts';
import { noticesStore } from '../../state/notices.ts';
import { appStore } from '../../state/store.ts';
import { workspacesStore } from '../../state/workspaces.ts';
import { bindStore } from './bind-store.ts';

/** The app store: text, layout, selection, UI settings. */
export const useStore = bindStore(appStore);
/** Undo/Redo availability. */
export const useHistory = bindStore(historyStore);
export const useWorkspaces = bindStore(workspacesStore);
export const useNotices = bindStore(noticesStore);
export const useDrafts = bindStore(draftsStore);
/** Which canvas view is shown and the flow whose Why panel is open. */
export const useEffectiveView = bindStore(effectiveViewStore);
