/** Themes and accessibility: the theme switch, landmarks' names, the flows list (English, the reference). */
export const uiA11y = {
  theme: {
    label: 'Theme',
    system: 'System',
    light: 'Light',
    dark: 'Dark',
  },
  landmarks: {
    graph: 'Graph',
    yaml: 'YAML',
    status: 'Status',
  },
  skip: {
    toFlows: 'Skip to the list of nodes and flows',
  },
  flowsList: {
    open: 'List',
    openTitle: 'The graph as a list: every node and flow, for the keyboard and screen readers',
    title: 'Nodes and flows',
    close: 'Close the list',
    nodes: 'Nodes ({{count}})',
    flows: 'Flows ({{count}})',
    noNodes: 'No nodes.',
    noFlows: 'No flows.',
    namespace: 'namespace {{name}}',
    inNamespace: 'in {{namespace}}',
    from: 'from',
    to: 'to',
    select: 'Select on the canvas',
  },
  verdict: {
    allowed: 'allowed',
    halfOpen: 'half-open: one side allows it, the other blocks it',
    denied: 'denied',
    exposure: 'exposed',
    added: 'added',
    removed: 'removed',
    rule: 'rule',
  },
} as const;
