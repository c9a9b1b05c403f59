/**
 * Egress to an external network, minus the cloud metadata endpoint: on AWS,
 * GCP and Azure 169.254.169.254 hands out instance credentials, so a broad
 * egress allow should never include it.
 */
import { defineTemplate, NAMESPACE_PARAM } from './define.ts';
import { parseCidr, port, str, strictlyContainsV4 } from './params.ts';

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
  build: ({ namespace, cidr, port: p }) => {
    const range = parseCidr(cidr);
    // `except` must lie strictly inside `cidr`, or the API server rejects the policy.
    const except =
      range && strictlyContainsV4(range, METADATA_ADDRESS)
        ? `            except:
              - 169.254.169.254/32 # cloud metadata service: hands out node credentials
`
        : `            # 169.254.169.254 (cloud metadata) is outside this range, so no except is needed.
`;
    const ports = p
      ? `      ports:
        - protocol: TCP
          port: ${port(p)}
`
      : `      # no ports: every port and protocol to this range
`;
    return `# Allow egress to ${cidr} from every pod in "${namespace}".
# Egress to anything else (other CIDRs, pods, DNS) still needs its own allow
# once the pods are egress-isolated.
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-egress-external
  namespace: ${str(namespace)}
spec:
  podSelector: {} # every pod in the namespace
  policyTypes:
    - Egress
  egress:
    - to:
        - ipBlock:
            cidr: ${range?.family === 4 ? cidr : str(cidr)}
${except}${ports}`;
  },
});
