/** Card names without controller-generated hashes (issue 11), only where the labels prove the hash is generated. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveGraph } from '../../src/model/graph/index.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { displayName, withoutGeneratedHash } from '../../src/ui/canvas/nodes/display-name.ts';

const hash = { app: 'recommendationservice', 'pod-template-hash': '5f8c456796' };

describe('withoutGeneratedHash', () => {
  it("drops a Deployment pod's ReplicaSet hash and random suffix", () => {
    expect(withoutGeneratedHash('recommendationservice-5f8c456796-x7dqm', 'Pod', hash)).toBe('recommendationservice');
  });
  it("drops a ReplicaSet's pod-template-hash", () => {
    expect(withoutGeneratedHash('recommendationservice-5f8c456796', 'ReplicaSet', hash)).toBe('recommendationservice');
  });
  it('keeps names whose suffix is not the labelled hash', () => {
    expect(withoutGeneratedHash('recommendationservice-1234567890-x7dqm', 'Pod', hash)).toBe(
      'recommendationservice-1234567890-x7dqm',
    );
    expect(withoutGeneratedHash('web-5f8c456796', 'Pod', hash)).toBe('web-5f8c456796');
    expect(withoutGeneratedHash('web-5f8c456796-x7dqm', 'Pod', { app: 'web' })).toBe('web-5f8c456796-x7dqm');
  });
  it('never shortens a Deployment, whose name is chosen by a person', () => {
    expect(withoutGeneratedHash('api-5f8c456796', 'Deployment', hash)).toBe('api-5f8c456796');
  });
  it("drops a Job pod's random suffix when the job-name label names the rest", () => {
    expect(withoutGeneratedHash('backup-28312-kq7vz', 'Pod', { 'job-name': 'backup-28312' })).toBe('backup-28312');
    expect(withoutGeneratedHash('backup-28312-kq7vz', 'Pod', { 'job-name': 'backup' })).toBe('backup-28312-kq7vz');
  });
  it('never leaves an empty name', () => {
    expect(withoutGeneratedHash('-5f8c456796', 'ReplicaSet', hash)).toBe('-5f8c456796');
  });
});

describe('displayName on the onlineboutique pods', () => {
  const dir = process.env.ORACLE_DIR;
  it.skipIf(!dir)('shows every workload by its Deployment name', () => {
    const files = ['ns.yaml', 'pods.yaml', 'netpols.yaml'].map((name) => ({
      name,
      text: readFileSync(`${dir}/netpol-analyzer/onlineboutique/in/${name}`, 'utf8'),
    }));
    const names = deriveGraph(loadWorkspace(files))
      .nodes.filter((n) => n.kind === 'workload')
      .map(displayName)
      .sort();
    expect(names).toContain('recommendationservice');
    expect(names).toContain('frontend');
    for (const n of names) expect(n, n).not.toMatch(/-[0-9a-f]{8,10}(-|$)/);
  });
});
