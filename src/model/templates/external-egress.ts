/**
 * Egress to an external network, minus the cloud metadata endpoint: on AWS,
 * GCP and Azure 169.254.169.254 hands out instance credentials, so a broad
 * egress allow should never include it.
 */
import { defineTemplate, NAMESPACE_PARAM } from './define.ts';
import { parseCidr, port, str, strictlyContainsV4 } from './params.ts';
import type { CommentLanguage } from './types.ts';

/** The comments the template writes, by language. */
const COMMENTS = {
  en: {
    metadata: 'cloud metadata service: hands out node credentials',
    noExcept: '169.254.169.254 (cloud metadata) is outside this range, so no except is needed.',
    noPorts: 'no ports: every port and protocol to this range',
    head: (cidr: string, ns: string) => `# Allow egress to ${cidr} from every pod in "${ns}".
# Egress to anything else (other CIDRs, pods, DNS) still needs its own allow
# once the pods are egress-isolated.`,
    everyPod: 'every pod in the namespace',
  },
  ja: {
    metadata: 'クラウドのメタデータサービス: ノードの認証情報を払い出します',
    noExcept: '169.254.169.254（クラウドのメタデータ）はこの範囲の外にあるため、except は不要です。',
    noPorts: 'ports なし: この範囲へのすべてのポートとプロトコル',
    head: (cidr: string, ns: string) => `# "${ns}" のすべての Pod から ${cidr} への Egress を許可します。
# Pod が Egress について分離されると、それ以外（ほかの CIDR、Pod、DNS）への Egress には
# それぞれ許可が必要です。`,
    everyPod: 'Namespace 内のすべての Pod',
  },
} satisfies Record<CommentLanguage, unknown>;

const METADATA_ADDRESS = ((169 * 256 + 254) * 256 + 169) * 256 + 254; // 169.254.169.254

export const allowEgressToCidr = defineTemplate({
  id: 'allow-egress-cidr',
  title: 'Allow egress to an external CIDR',
  description:
    'Pods of the namespace may connect to an external address range, except the cloud metadata address 169.254.169.254.',
  params: [
    NAMESPACE_PARAM,
    {
      id: 'cidr',
      label: 'Destination CIDR',
      description: 'Address range the pods may reach, e.g. 0.0.0.0/0 for the whole internet.',
      kind: 'cidr',
      default: '0.0.0.0/0',
    },
    {
      id: 'port',
      label: 'Port',
      description: 'TCP port allowed; leave empty to allow every port.',
      kind: 'port',
      default: '443',
      optional: true,
    },
  ],
  build: ({ namespace, cidr, port: p }, language) => {
    const c = COMMENTS[language];
    const range = parseCidr(cidr);
    // `except` must lie strictly inside `cidr`, or the API server rejects the policy.
    const except =
      range && strictlyContainsV4(range, METADATA_ADDRESS)
        ? `            except:
              - 169.254.169.254/32 # ${c.metadata}
`
        : `            # ${c.noExcept}
`;
    const ports = p
      ? `      ports:
        - protocol: TCP
          port: ${port(p)}
`
      : `      # ${c.noPorts}
`;
    return `${c.head(cidr, namespace)}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-egress-external
  namespace: ${str(namespace)}
spec:
  podSelector: {} # ${c.everyPod}
  policyTypes:
    - Egress
  egress:
    - to:
        - ipBlock:
            cidr: ${range?.family === 4 ? cidr : str(cidr)}
${except}${ports}`;
  },
});
