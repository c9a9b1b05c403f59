/**
 * Validation results are kept with each parsed document, and the incremental
 * parse hands back the same documents for unchanged text: after an edit the
 * diagnostics must still be exactly those of a fresh validation, at the
 * moved positions. The fixture has comments and errors in its later
 * documents, and the edits are typed above, inside and below them.
 */
import { describe, expect, it } from 'vitest';
import { IncrementalParser } from '../../src/model/manifests/incremental.ts';
import { checkWorkspace } from '../../src/model/validation/lint.ts';
import { buildWorkspace, loadWorkspace } from '../../src/model/manifests/workspace.ts';

const TEXT = `# a namespace, then two policies with mistakes
apiVersion: v1
kind: Namespace
metadata: {name: shop}
---
# port out of range, and a bad protocol
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: bad-port, namespace: shop}
spec:
  podSelector: {}
  ingress:
  - ports:
    - port: 70000   # too big
      protocol: ICMP
---
# an except outside its cidr
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: bad-cidr, namespace: shop}
spec:
  podSelector: {}
  egress:
  - to:
    - ipBlock: {cidr: 10.0.0.0/16, except: [192.168.0.0/24]}
`;

const fresh = (text: string) => checkWorkspace(loadWorkspace([{ name: 'w.yaml', text }]));

describe('validation with an incremental parse', () => {
  it('gives the diagnostics of a fresh validation after edits above, inside and below the documents', () => {
    const parser = new IncrementalParser();
    const check = (text: string) => checkWorkspace(buildWorkspace([parser.parse({ name: 'w.yaml', text })]));
    const first = check(TEXT);
    expect(first.filter((d) => d.severity === 'error').length).toBeGreaterThanOrEqual(3);
    expect(first).toEqual(fresh(TEXT));
    const edits = [
      TEXT.replace('# a namespace', '# typed above:\n# two lines\n# a namespace'), // every document moves down
      TEXT.replace('metadata: {name: shop}', 'metadata: {name: shop, labels: {a: b}}'), // the first document grows
      TEXT.replace('port: 70000   # too big', 'port: 700000   # too big'), // inside a policy
      `${TEXT}---\n# a policy added below\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: more, namespace: shop}\nspec: {podSelector: {}}\n`,
      TEXT, // back to the start
    ];
    for (const text of edits) expect(check(text)).toEqual(fresh(text));
  });
});
