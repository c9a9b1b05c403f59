/**
 * Real-size inputs for the CLI benchmarks, shaped like what people feed the
 * tool from a live cluster (issue 10), all deterministic (seeded):
 *
 * - `kubectlPodList`: `kubectl get pods -A -o yaml` — a `kind: List` of Pods
 *   owned by ReplicaSets `<deployment>-<hash>` with `pod-template-hash`
 *   labels, full `status` (conditions with `lastProbeTime: null`,
 *   containerStatuses), `managedFields`, annotations, tolerations and the
 *   projected service-account volume, as the API server prints them.
 * - `kubectlDeploymentList`: `kubectl get deployments -A -o yaml` of a cluster
 *   without policies (~2.2 KB per Deployment: 4,600 of them ≈ 10 MB).
 * - `wideNetworkPolicy`: one NetworkPolicy with thousands of ingress rules.
 *
 * No anchors or aliases anywhere: the API server never writes them.
 */

/** mulberry32: a small seeded PRNG, so every run generates the same bytes. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(rnd: Random, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
/** Kubernetes' rand.SafeEncodeString alphabet (no vowels, no confusable digits). */
const SAFE = [...'bcdfghjklmnpqrstvwxz2456789'];
const safeString = (rnd: Random, n: number): string => Array.from({ length: n }, () => pick(rnd, SAFE)).join('');
const hex = (rnd: Random, n: number): string =>
  Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16)).join('');
const uid = (rnd: Random): string => `${hex(rnd, 8)}-${hex(rnd, 4)}-${hex(rnd, 4)}-${hex(rnd, 4)}-${hex(rnd, 12)}`;
const timestamp = (rnd: Random): string => {
  const day = 1 + Math.floor(rnd() * 28);
  const s = Math.floor(rnd() * 86400);
  const hh = String(Math.floor(s / 3600)).padStart(2, '0');
  const mm = String(Math.floor(s / 60) % 60).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return `"2025-03-${String(day).padStart(2, '0')}T${hh}:${mm}:${ss}Z"`;
};

const APPS = ['web', 'api', 'auth', 'cart', 'checkout', 'search', 'billing', 'orders', 'worker', 'gateway', 'cache'];
const ROLES = ['frontend', 'backend', 'db', 'queue'];
const TEAMS = ['payments', 'growth', 'platform', 'data', 'identity'];

/** One Deployment of the synthetic cluster: the fields its Pods, ReplicaSet and object share. */
interface App {
  name: string;
  namespace: string;
  role: string;
  team: string;
  image: string;
  port: number;
  hash: string;
  rsUid: string;
}

function makeApp(rnd: Random, index: number, namespace: string): App {
  const base = pick(rnd, APPS);
  const name = `${base}-${index}`;
  return {
    name,
    namespace,
    role: pick(rnd, ROLES),
    team: pick(rnd, TEAMS),
    image: `registry.example.com/${namespace}/${base}:v1.${Math.floor(rnd() * 40)}.${Math.floor(rnd() * 10)}`,
    port: pick(rnd, [8080, 8443, 3000, 5432, 6379, 9000]),
    hash: safeString(rnd, 10),
    rsUid: uid(rnd),
  };
}

const namespaceName = (i: number): string => `team-${TEAMS[i % TEAMS.length]}-${i}`;

/** `managedFields` of a Pod: what kube-controller-manager and the kubelet last wrote (a bulky part of real output). */
function podManagedFields(a: App, t: string, ind: string): string {
  return `${ind}managedFields:
${ind}- apiVersion: v1
${ind}  fieldsType: FieldsV1
${ind}  fieldsV1:
${ind}    f:metadata:
${ind}      f:generateName: {}
${ind}      f:labels:
${ind}        .: {}
${ind}        f:app: {}
${ind}        f:pod-template-hash: {}
${ind}      f:ownerReferences:
${ind}        .: {}
${ind}        k:{"uid":"${a.rsUid}"}: {}
${ind}    f:spec:
${ind}      f:containers:
${ind}        k:{"name":"main"}:
${ind}          .: {}
${ind}          f:image: {}
${ind}          f:ports:
${ind}            k:{"containerPort":${a.port},"protocol":"TCP"}: {}
${ind}  manager: kube-controller-manager
${ind}  operation: Update
${ind}  time: ${t}
${ind}- apiVersion: v1
${ind}  fieldsType: FieldsV1
${ind}  fieldsV1:
${ind}    f:status:
${ind}      f:conditions:
${ind}        k:{"type":"Ready"}:
${ind}          f:lastProbeTime: {}
${ind}          f:status: {}
${ind}      f:containerStatuses: {}
${ind}      f:podIP: {}
${ind}  manager: kubelet
${ind}  operation: Update
${ind}  subresource: status
${ind}  time: ${t}
`;
}

/** The pod spec as the API server returns it: defaults filled in, service-account volume projected. */
function podSpec(rnd: Random, a: App, ind: string): string {
  const vol = `kube-api-access-${safeString(rnd, 5)}`;
  return `${ind}containers:
${ind}- image: ${a.image}
${ind}  imagePullPolicy: IfNotPresent
${ind}  name: main
${ind}  ports:
${ind}  - containerPort: ${a.port}
${ind}    name: http
${ind}    protocol: TCP
${ind}  resources:
${ind}    requests:
${ind}      cpu: 100m
${ind}  terminationMessagePath: /dev/termination-log
${ind}  terminationMessagePolicy: File
${ind}  volumeMounts:
${ind}  - mountPath: /var/run/secrets/kubernetes.io/serviceaccount
${ind}    name: ${vol}
${ind}    readOnly: true
${ind}dnsPolicy: ClusterFirst
${ind}enableServiceLinks: true
${ind}nodeName: node-${Math.floor(rnd() * 40)}
${ind}preemptionPolicy: PreemptLowerPriority
${ind}priority: 0
${ind}restartPolicy: Always
${ind}schedulerName: default-scheduler
${ind}securityContext: {}
${ind}serviceAccount: default
${ind}serviceAccountName: default
${ind}terminationGracePeriodSeconds: 30
${ind}tolerations:
${ind}- effect: NoExecute
${ind}  key: node.kubernetes.io/not-ready
${ind}  operator: Exists
${ind}  tolerationSeconds: 300
${ind}- effect: NoExecute
${ind}  key: node.kubernetes.io/unreachable
${ind}  operator: Exists
${ind}  tolerationSeconds: 300
${ind}volumes:
${ind}- name: ${vol}
${ind}  projected:
${ind}    defaultMode: 420
${ind}    sources:
${ind}    - serviceAccountToken:
${ind}        expirationSeconds: 3607
${ind}        path: token
${ind}    - configMap:
${ind}        items:
${ind}        - key: ca.crt
${ind}          path: ca.crt
${ind}        name: kube-root-ca.crt
${ind}    - downwardAPI:
${ind}        items:
${ind}        - fieldRef:
${ind}            apiVersion: v1
${ind}            fieldPath: metadata.namespace
${ind}          path: namespace
`;
}

function podStatus(rnd: Random, a: App, t: string, ind: string): string {
  const conditions = ['Initialized', 'Ready', 'ContainersReady', 'PodScheduled']
    .map(
      (type) => `${ind}- lastProbeTime: null
${ind}  lastTransitionTime: ${t}
${ind}  status: "True"
${ind}  type: ${type}
`,
    )
    .join('');
  const hostIP = `10.0.${Math.floor(rnd() * 4)}.${1 + Math.floor(rnd() * 250)}`;
  const podIP = `10.244.${Math.floor(rnd() * 40)}.${1 + Math.floor(rnd() * 250)}`;
  return `${ind}conditions:
${conditions}${ind}containerStatuses:
${ind}- containerID: containerd://${hex(rnd, 64)}
${ind}  image: ${a.image}
${ind}  imageID: ${a.image.split(':')[0]}@sha256:${hex(rnd, 64)}
${ind}  lastState: {}
${ind}  name: main
${ind}  ready: true
${ind}  restartCount: ${Math.floor(rnd() * 3)}
${ind}  started: true
${ind}  state:
${ind}    running:
${ind}      startedAt: ${t}
${ind}hostIP: ${hostIP}
${ind}hostIPs:
${ind}- ip: ${hostIP}
${ind}phase: Running
${ind}podIP: ${podIP}
${ind}podIPs:
${ind}- ip: ${podIP}
${ind}qosClass: Burstable
${ind}startTime: ${t}
`;
}

/** One Pod as an item of a `kind: List` (indented under `items:`). */
function podItem(rnd: Random, a: App): string {
  const name = `${a.name}-${a.hash}-${safeString(rnd, 5)}`;
  const t = timestamp(rnd);
  return `- apiVersion: v1
  kind: Pod
  metadata:
    annotations:
      kubectl.kubernetes.io/restartedAt: ${t}
    creationTimestamp: ${t}
    generateName: ${a.name}-${a.hash}-
    labels:
      app: ${a.name}
      pod-template-hash: ${a.hash}
      role: ${a.role}
      team: ${a.team}
${podManagedFields(a, t, '    ')}    name: ${name}
    namespace: ${a.namespace}
    ownerReferences:
    - apiVersion: apps/v1
      blockOwnerDeletion: true
      controller: true
      kind: ReplicaSet
      name: ${a.name}-${a.hash}
      uid: ${a.rsUid}
    resourceVersion: "${1000000 + Math.floor(rnd() * 9000000)}"
    uid: ${uid(rnd)}
  spec:
${podSpec(rnd, a, '    ')}  status:
${podStatus(rnd, a, t, '    ')}`;
}

const LIST_FOOTER = `kind: List
metadata:
  resourceVersion: ""
`;

/** `kubectl get pods -A -o yaml`: `pods` Pods in `namespaces` namespaces, 1–3 replicas per ReplicaSet. */
export function kubectlPodList({ pods, namespaces, seed = 1 }: { pods: number; namespaces: number; seed?: number }) {
  const rnd = seededRandom(seed);
  const parts = ['apiVersion: v1\nitems:\n'];
  let app: App | undefined;
  let left = 0;
  for (let p = 0, apps = 0; p < pods; p++) {
    if (!app || left === 0) {
      app = makeApp(rnd, apps, namespaceName(apps % namespaces));
      apps++;
      left = 1 + Math.floor(rnd() * 3);
    }
    parts.push(podItem(rnd, app));
    left--;
  }
  parts.push(LIST_FOOTER);
  return parts.join('');
}

/** One Deployment as `kubectl get deployments -A -o yaml` prints it (an item of a List). */
function deploymentItem(rnd: Random, a: App): string {
  const t = timestamp(rnd);
  const replicas = 1 + Math.floor(rnd() * 3);
  return `- apiVersion: apps/v1
  kind: Deployment
  metadata:
    annotations:
      deployment.kubernetes.io/revision: "${1 + Math.floor(rnd() * 9)}"
    creationTimestamp: ${t}
    generation: ${1 + Math.floor(rnd() * 9)}
    labels:
      app: ${a.name}
      team: ${a.team}
    managedFields:
    - apiVersion: apps/v1
      fieldsType: FieldsV1
      fieldsV1:
        f:metadata:
          f:labels:
            .: {}
            f:app: {}
            f:team: {}
        f:spec:
          f:progressDeadlineSeconds: {}
          f:replicas: {}
          f:revisionHistoryLimit: {}
          f:selector: {}
          f:template:
            f:metadata:
              f:labels:
                .: {}
                f:app: {}
                f:role: {}
      manager: kubectl-client-side-apply
      operation: Update
      time: ${t}
    name: ${a.name}
    namespace: ${a.namespace}
    resourceVersion: "${1000000 + Math.floor(rnd() * 9000000)}"
    uid: ${uid(rnd)}
  spec:
    progressDeadlineSeconds: 600
    replicas: ${replicas}
    revisionHistoryLimit: 10
    selector:
      matchLabels:
        app: ${a.name}
    strategy:
      rollingUpdate:
        maxSurge: 25%
        maxUnavailable: 25%
      type: RollingUpdate
    template:
      metadata:
        creationTimestamp: null
        labels:
          app: ${a.name}
          role: ${a.role}
      spec:
        containers:
        - image: ${a.image}
          imagePullPolicy: IfNotPresent
          name: main
          ports:
          - containerPort: ${a.port}
            name: http
            protocol: TCP
          resources: {}
          terminationMessagePath: /dev/termination-log
          terminationMessagePolicy: File
        dnsPolicy: ClusterFirst
        restartPolicy: Always
        schedulerName: default-scheduler
        securityContext: {}
        terminationGracePeriodSeconds: 30
  status:
    availableReplicas: ${replicas}
    conditions:
    - lastTransitionTime: ${t}
      lastUpdateTime: ${t}
      message: Deployment has minimum availability.
      reason: MinimumReplicasAvailable
      status: "True"
      type: Available
    - lastTransitionTime: ${t}
      lastUpdateTime: ${t}
      message: ReplicaSet "${a.name}-${a.hash}" has successfully progressed.
      reason: NewReplicaSetAvailable
      status: "True"
      type: Progressing
    observedGeneration: 1
    readyReplicas: ${replicas}
    replicas: ${replicas}
    updatedReplicas: ${replicas}
`;
}

/** `kubectl get deployments -A -o yaml` of a cluster without policies. */
export function kubectlDeploymentList({
  deployments,
  namespaces,
  seed = 2,
}: {
  deployments: number;
  namespaces: number;
  seed?: number;
}): string {
  const rnd = seededRandom(seed);
  const parts = ['apiVersion: v1\nitems:\n'];
  for (let d = 0; d < deployments; d++) parts.push(deploymentItem(rnd, makeApp(rnd, d, namespaceName(d % namespaces))));
  parts.push(LIST_FOOTER);
  return parts.join('');
}

/** One NetworkPolicy with `rules` ingress rules (each one peer and one port), as a generated allow-list would be. */
export function wideNetworkPolicy({ rules, seed = 3 }: { rules: number; seed?: number }): string {
  const rnd = seededRandom(seed);
  const parts = [
    `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-list
  namespace: ${namespaceName(0)}
spec:
  podSelector:
    matchLabels:
      role: backend
  policyTypes:
  - Ingress
  ingress:
`,
  ];
  for (let r = 0; r < rules; r++) {
    const peer =
      r % 3 === 0
        ? `    - ipBlock:
        cidr: 10.${r % 256}.${Math.floor(r / 256) % 256}.0/24`
        : `    - podSelector:
        matchLabels:
          app: ${pick(rnd, APPS)}-${r}`;
    parts.push(`  - from:
${peer}
    ports:
    - port: ${1024 + (r % 60000)}
`);
  }
  return parts.join('');
}
