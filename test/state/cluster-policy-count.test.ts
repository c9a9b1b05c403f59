/**
 * The view counts the cluster-scoped policies (state/analyse.ts), in process and through the worker
 * protocol alike: panels that list them (ui/hooks/use-workspace.ts) read the text on the page only
 * when there are some.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/state/analyse.ts';
import { AnalysisCaches } from '../../src/state/analysis-caches.ts';
import { CLUSTER, SHOP } from '../sync/fixtures.ts';

describe('cluster policy count', () => {
  it('is 0 for a workspace of NetworkPolicies only', () => {
    expect(analyse(SHOP, new AnalysisCaches()).counts.clusterPolicies).toBe(0);
  });

  it('counts the AdminNetworkPolicy, BaselineAdminNetworkPolicy and ClusterNetworkPolicy', () => {
    const expected = (
      CLUSTER.match(/^kind: (AdminNetworkPolicy|BaselineAdminNetworkPolicy|ClusterNetworkPolicy)$/gm) ?? []
    ).length;
    expect(expected).toBe(3);
    expect(analyse(CLUSTER, new AnalysisCaches()).counts.clusterPolicies).toBe(expected);
  });

  it('is 0 when the text cannot be analysed', () => {
    expect(analyse('kind: [', new AnalysisCaches()).counts.clusterPolicies).toBe(0);
  });
});
