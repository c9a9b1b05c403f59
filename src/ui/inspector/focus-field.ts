/**
 * Double-click on a node name or an edge label edits it in place: select it,
 * then put the caret in the matching inspector field once the panel is drawn.
 */
export function focusInspectorField(testId: 'inspector-name' | 'edge-ports'): void {
  // Two frames: one for the selection to render the inspector, one for its fields.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const input = document.querySelector<HTMLInputElement>(`[data-testid="inspector"] [data-testid="${testId}"]`);
      input?.focus();
      input?.select();
    }),
  );
}
