/** Usage texts, one per command; printed for `--help` and after usage errors. */

export const TOP_HELP = `netpol-studio: understand Kubernetes NetworkPolicies from their manifests.

Usage:
  netpol-studio <command> [options] PATH...

Commands:
  connlist   list the allowed connections between workloads (netpol-analyzer format)
  lint       validate policies like the API server and warn about pitfalls
  explain    say whether one flow is allowed, and which rules decide it
  diff       list the connections that differ between two sets of manifests

PATH is a manifest file (.yaml, .yml, .json; multi-document and List kinds
are fine) or a directory, read recursively (skipping node_modules and hidden
directories such as .git inside it).

Options:
  -h, --help     show help (also: netpol-studio <command> --help)
  --version      print the version
  --lang en|ja   language of messages and help (default: from LC_ALL,
                 LC_MESSAGES or LANG); machine formats never change

Exit status: 0 success, 1 lint found errors (or explain --expect did not hold),
2 bad usage or unreadable input.
`;

export const CONNLIST_HELP = `Usage: netpol-studio connlist [--format txt|json|csv|md|dot] [--group-replicasets]
         [--focus-workload NAME,...] [--focus-direction ingress|egress]
         [--focus-conn PROTO-PORT] [--exposure | --explain] PATH...

Prints one line per ordered pair of peers with a non-empty set of allowed
connections: "src => dst : conns", e.g.
  default/frontend[Deployment] => default/backend[Deployment] : TCP 8080
The default txt format is identical to \`netpol-analyzer list\`.

Options:
  -o, --format FORMAT   txt (default), json, csv, md or dot
  --group-replicasets   list Pods of a Deployment's ReplicaSet as the Deployment
                        (default/frontend[Deployment]) rather than as the
                        ReplicaSet (default/frontend-6d4b9c7f8[ReplicaSet]), as
                        the app draws them; such a ReplicaSet object is then no
                        peer of its own. Off by default, as netpol-analyzer.
  --focus-workload NAMES  only pairs with one of these workloads (NAME or
                        NS/NAME, comma-separated) at either end
  --focus-direction DIR with --focus-workload: only pairs into (ingress) or
                        out of (egress) the focus workloads
  --focus-conn PROTO-PORT  only pairs that allow this port (e.g. tcp-8080);
                        txt lists them as "src => dst" under a header
  --exposure            add the exposure report (txt): what each workload may
                        reach or be reached by outside the input
                        (entire-cluster, [all namespaces]/[pod with {...}],
                        external ranges), and workloads no policy protects
  --explain             instead of the list, every pair with its allowed and
                        denied connections and the rules behind them (txt)
  -h, --help            show this help

The focus options, --exposure and --explain have netpol-analyzer's meaning
(its --focusworkload, --focus-direction, --focus-conn) and txt output.
`;

export const LINT_HELP = `Usage: netpol-studio lint [--format text|json] [--info] PATH...

Checks every NetworkPolicy as the Kubernetes API server validates it (names,
label keys and values, selector operators, ports, peers, CIDRs, policyTypes)
and warns about likely mistakes (split peers, policies that select nothing,
egress without DNS, ports no container declares, duplicate policies).
Prints one finding per line:
  file:line:col: severity: message [rule-id]

Options:
  -o, --format FORMAT   text (default) or json
  --info                also print informational notes (e.g. ignored kinds)
  -h, --help            show this help

Exit status: 1 when any error is found, else 0.
`;

export const EXPLAIN_HELP = `Usage: netpol-studio explain PATH... --from NS/NAME --to NS/NAME|IP [--port PORT[/PROTO]]

Says whether traffic from one workload to another workload (or an IP address)
is allowed, and lists the policy rules behind the verdict with file:line.

Options:
  --from NS/NAME        source workload (e.g. default/frontend), or an IP address
  --to NS/NAME|IP       destination workload or IP address
  --port PORT[/PROTO]   e.g. 80, 80/TCP, 53/UDP, or a named port (http/TCP);
                        without it, all ports are considered
  -o, --format FORMAT   text (default) or json
  --expect allow|deny   for CI: exit with status 1 when the verdict is not this
                        one (the report is printed either way)
  -h, --help            show this help

Exit status: 0, or 1 when --expect does not match the verdict.
`;

export const DIFF_HELP = `Usage: netpol-studio diff [--format txt|csv|md] REF1 REF2

Compares the allowed connections of two sets of manifests (each a file or a
directory) and prints one line per ordered pair of peers whose connections
differ, e.g.
  diff-type: changed, source: default/a[Deployment], destination: default/b[Deployment], ref1: TCP 8080, ref2: TCP 9080
diff-type is changed, added or removed; "No Connections" is the empty set; a
workload that exists on one side only is named in workloads-diff-info. The
default txt format is identical to \`netpol-analyzer diff\`. Prints nothing
(and a note on stderr) when nothing differs.

Options:
  -o, --format FORMAT   txt (default), csv or md
  -h, --help            show this help
`;
