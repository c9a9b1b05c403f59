/**
 * Which graph dialog is open. A store rather than Canvas state so the
 * inspector (the keyboard path: "Allow traffic to…") can open the same
 * "Allow traffic" dialog that drawing an edge opens.
 */
import { create } from 'zustand';
import type { GraphNode } from '../../../model/graph/types.ts';
import type { CreateRequest } from './create.ts';

export type GraphDialog =
  { type: 'flow'; source: GraphNode; target: GraphNode } | ({ type: 'create' } & CreateRequest) | null;

export const useGraphDialog = create<{ dialog: GraphDialog }>()(() => ({ dialog: null }));

export const openGraphDialog = (dialog: GraphDialog) => useGraphDialog.setState({ dialog });
