/** Themes and accessibility: the theme switch, landmarks' names, the flows list (English, the reference). */
export const uiA11y = {
  theme: {
    label: 'Theme',
    system: 'System',
    light: 'Light',
    dark: 'Dark',
  },
  flowsList: {
    open: 'Nodes & flows',
    openTitle: 'The graph as a list: every node and flow, for the keyboard and screen readers',
    nodes: 'Nodes ({{count}})',
    ruleFlows: 'Rules ({{count}}): who each policy rule lets through',
    effectiveFlows: 'Effective flows ({{count}}): who can actually reach whom',
    noNodes: 'No nodes.',
    noFlows: 'No flows.',
    inNamespace: 'in {{namespace}}',
    more: '…and {{count}} more: narrow the graph with search or filters',
  },
  verdict: {
    allowed: 'allowed',
    halfOpen: 'half-open',
    rule: '{{policy}} {{direction}} rule {{index}}',
  },
} as const;
