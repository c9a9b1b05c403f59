/** The palette of things to add to the graph (src/ui/palette). */
export const uiPalette = {
  label: 'Add to the graph',
  title: 'Add',
  help: '{{what}}. Drag onto the canvas, or press to add it in the middle.',
  items: {
    namespace: { label: 'Namespace', help: 'A new Namespace manifest' },
    workload: { label: 'Workload', help: 'A Deployment; drop it inside a namespace box' },
    cidr: { label: 'CIDR', help: 'An external network (ipBlock peer); draw an edge to or from it' },
    'all-namespaces': { label: 'All namespaces', help: 'Every pod in every namespace; draw an edge to or from it' },
  },
} as const;
