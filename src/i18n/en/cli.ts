/**
 * The CLI's human-readable words (English). Machine formats (connlist, diff,
 * lint --format json, explain --format json) are not here: they stay as they
 * are in every language.
 */
export const cli = {
  severity: { error: 'error', warning: 'warning', info: 'info' },
  errors: {
    unknownCommand: 'unknown command "{{command}}" (commands: {{commands}}; see netpol-studio --help)',
    unknownLanguage: '--lang "{{value}}": use en or ja',
    unknownOption: 'unknown option {{option}} for "{{command}}" (see netpol-studio {{command}} --help)',
    optionTakesNoValue: 'option --{{name}} takes no value',
    optionNeedsValue: 'option --{{name}} needs a value',
    unknownFormat: 'unknown format "{{format}}" (use {{formats}})',
    noPath: 'no PATH given (files or directories with Kubernetes manifests)',
    noSuchPath: '{{path}}: no such file or directory',
    notFileOrDirectory: '{{path}}: not a regular file or directory',
    nestedTooDeeply: '{{path}}: directories nested too deeply (symbolic link loop?)',
    cannotReadPath: 'cannot read {{path}}: {{reason}}',
    cannotReadDirectory: 'cannot read directory {{path}}: {{reason}}',
    noManifests: '{{path}}: no .yaml, .yml or .json files found',
    cannotReadAt: '{{at}}: cannot read: {{message}}',
    cannotReadFinding: '{{at}}: cannot read: {{message}}{{more}}',
    cannotAnalyse: '{{at}}: cannot analyse: {{message}}{{more}}',
    andMore: ' (and {{number}} more; see netpol-studio lint)',
    explainNeedsEnds: 'explain needs --from and --to (see netpol-studio explain --help)',
    badExpect: '--expect "{{value}}": use allow or deny',
    badPort: '--port "{{value}}": use PORT or PORT/PROTOCOL with TCP, UDP or SCTP (e.g. 80/TCP)',
    portOutOfRange: '--port {{port}}: must be between 1 and 65535',
    namedPortNeedsWorkload: '--port "{{value}}": a named port needs a destination workload that declares it',
    namedPortNotDeclared: '--port "{{value}}": {{workload}} declares no container port with that name and protocol',
  },
  warnings: {
    validationError:
      'warning: 1 validation error (first at {{at}}); the API server would reject such policies. See netpol-studio lint.',
    validationErrors:
      'warning: {{number}} validation errors (first at {{at}}); the API server would reject such policies. See netpol-studio lint.',
    noObjects: 'warning: no Kubernetes objects (NetworkPolicy, Namespace, Pod or workload) found in the input.',
    notAnalysed:
      'warning: {{number}} cluster policy peer(s) not analysed (first at {{at}}: {{message}}). See netpol-studio lint.',
    samePriority:
      'warning: {{number}} cluster policies share a priority (first at {{at}}: {{message}}). See netpol-studio lint.',
    expectFailedAllowed: 'expected {{expected}}, but the flow is allowed.',
    expectFailedDenied: 'expected {{expected}}, but the flow is denied.',
  },
  explain: {
    egressOf: 'Egress of {{who}}:',
    ingressOf: 'Ingress of {{who}}:',
    isolates: '  isolates {{policy}}  {{at}}',
    allows: 'allows',
    notAllows: 'not   ',
    everySource: '(every source)',
    everyDestination: '(every destination)',
    noPosition: '(no position)',
    noRuleMatches: '  (no rule matches the other side)',
  },
} as const;
