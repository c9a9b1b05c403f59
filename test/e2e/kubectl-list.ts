/**
 * A realistic `kubectl get namespaces,deployments,replicasets,pods -A -o yaml`
 * dump, generated: one `kind: List` with server-written fields everywhere
 * (ownerReferences, status with `lastProbeTime: null`, containerStatuses,
 * managedFields on request, `creationTimestamp: null` in pod templates), in the exact
 * layout kubectl prints (keys sorted, sequences not indented, quoted strings
 * where sigs.k8s.io/yaml quotes them). Deterministic: the same arguments give
 * the same text. Used by real-size.spec.ts; plain TS, no Playwright.
 */

export interface KubectlListOptions {
  /** Pods in the dump (spread over deployments of `podsPerDeployment` replicas). */
  pods: number;
  namespaces?: number;
  podsPerDeployment?: number;
  /** Print `metadata.managedFields` (`--show-managed-fields`; kubectl leaves them out by default). */
  managedFields?: boolean;
}

const APPS = ['web', 'api', 'worker', 'cache', 'db', 'auth', 'search', 'billing', 'ingest', 'report'];

/** A stable pseudo-random hex string of `length` characters from `seed`. */
function hex(seed: number, length: number): string {
  let x = (seed * 2654435761) >>> 0;
  let out = '';
  while (out.length < length) {
    x = (x ^ (x << 13)) >>> 0;
    x = (x ^ (x >>> 17)) >>> 0;
    x = (x ^ (x << 5)) >>> 0;
    out += x.toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}

/** Pod-name suffixes use the lowercase consonant-digit alphabet of Kubernetes' rand.String. */
function suffix(seed: number, length: number): string {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  const h = hex(seed, length * 2);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[parseInt(h.slice(i * 2, i * 2 + 2), 16) % alphabet.length];
  return out;
}

const uid = (seed: number) => {
  const h = hex(seed, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/** RFC 3339 times a few seconds apart, as the API server writes them. */
const time = (seconds: number) =>
  new Date(Date.UTC(2024, 4, 2, 8, 0, 0) + seconds * 1000).toISOString().replace('.000', '');

/** Indents every line of `block` by `spaces` (kubectl nests items under `items:` at two spaces). */
const indent = (block: string, spaces: number) =>
  block
    .split('\n')
    .map((line) => (line ? ' '.repeat(spaces) + line : line))
    .join('\n');

/** Prefixes the first line with `- ` and the others with two spaces: one sequence item. */
const item = (block: string) =>
  block
    .split('\n')
    .map((line, i) => (i === 0 ? `- ${line}` : line ? `  ${line}` : line))
    .join('\n');

interface Workload {
  app: string;
  namespace: string;
  hash: string;
  replicas: number;
  port: number;
  seed: number;
}

/** `metadata.managedFields` of a Namespace, as kubectl prints them with `--show-managed-fields`. */
const namespaceFields = (seed: number) => `
  managedFields:
  - apiVersion: v1
    fieldsType: FieldsV1
    fieldsV1:
      f:metadata:
        f:labels:
          .: {}
          f:kubernetes.io/metadata.name: {}
    manager: kubectl-create
    operation: Update
    time: "${time(seed)}"`;

const deploymentFields = (w: Workload) => `
  managedFields:
  - apiVersion: apps/v1
    fieldsType: FieldsV1
    fieldsV1:
      f:spec:
        f:replicas: {}
        f:selector: {}
        f:template:
          f:metadata:
            f:labels:
              .: {}
              f:app: {}
    manager: kubectl-client-side-apply
    operation: Update
    time: "${time(w.seed)}"
  - apiVersion: apps/v1
    fieldsType: FieldsV1
    fieldsV1:
      f:status:
        f:availableReplicas: {}
        f:conditions:
          .: {}
          k:{"type":"Available"}:
            .: {}
            f:lastTransitionTime: {}
            f:lastUpdateTime: {}
    manager: kube-controller-manager
    operation: Update
    subresource: status
    time: "${time(w.seed + 40)}"`;

const podFields = (w: Workload, started: string, ready: string) => `
  managedFields:
  - apiVersion: v1
    fieldsType: FieldsV1
    fieldsV1:
      f:metadata:
        f:generateName: {}
        f:labels:
          .: {}
          f:app: {}
          f:pod-template-hash: {}
        f:ownerReferences:
          .: {}
          k:{"uid":"${uid(w.seed + 1)}"}: {}
      f:spec:
        f:containers:
          k:{"name":"${w.app}"}:
            .: {}
            f:image: {}
            f:name: {}
    manager: kube-controller-manager
    operation: Update
    time: "${started}"
  - apiVersion: v1
    fieldsType: FieldsV1
    fieldsV1:
      f:status:
        f:conditions:
          k:{"type":"Ready"}:
            .: {}
            f:lastProbeTime: {}
            f:lastTransitionTime: {}
            f:status: {}
            f:type: {}
        f:containerStatuses: {}
        f:podIP: {}
    manager: kubelet
    operation: Update
    subresource: status
    time: "${ready}"`;

function namespaceYaml(name: string, seed: number, fields: boolean): string {
  return `apiVersion: v1
kind: Namespace
metadata:
  creationTimestamp: "${time(seed)}"
  labels:
    kubernetes.io/metadata.name: ${name}${fields ? namespaceFields(seed) : ''}
  name: ${name}
  resourceVersion: "${1000 + seed}"
  uid: ${uid(seed)}
spec:
  finalizers:
  - kubernetes
status:
  phase: Active`;
}

/** The pod template both the Deployment and its ReplicaSet print (with `creationTimestamp: null`). */
function templateYaml(w: Workload, withHash: boolean): string {
  return `metadata:
  creationTimestamp: null
  labels:
    app: ${w.app}${withHash ? `\n    pod-template-hash: ${w.hash}` : ''}
spec:
  containers:
  - image: registry.example.com/${w.app}:1.${w.seed % 9}.${w.seed % 7}
    imagePullPolicy: IfNotPresent
    name: ${w.app}
    ports:
    - containerPort: ${w.port}
      name: http
      protocol: TCP
    readinessProbe:
      failureThreshold: 3
      httpGet:
        path: /healthz
        port: http
        scheme: HTTP
      periodSeconds: 10
      successThreshold: 1
      timeoutSeconds: 1
    resources:
      limits:
        cpu: 500m
        memory: 256Mi
      requests:
        cpu: 100m
        memory: 128Mi
    terminationMessagePath: /dev/termination-log
    terminationMessagePolicy: File
  dnsPolicy: ClusterFirst
  restartPolicy: Always
  schedulerName: default-scheduler
  securityContext: {}
  terminationGracePeriodSeconds: 30`;
}

function deploymentYaml(w: Workload, fields: boolean): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  annotations:
    deployment.kubernetes.io/revision: "1"
  creationTimestamp: "${time(w.seed)}"
  generation: 1
  labels:
    app: ${w.app}${fields ? deploymentFields(w) : ''}
  name: ${w.app}
  namespace: ${w.namespace}
  resourceVersion: "${2000 + w.seed}"
  uid: ${uid(w.seed)}
spec:
  progressDeadlineSeconds: 600
  replicas: ${w.replicas}
  revisionHistoryLimit: 10
  selector:
    matchLabels:
      app: ${w.app}
  strategy:
    rollingUpdate:
      maxSurge: 25%
      maxUnavailable: 25%
    type: RollingUpdate
  template:
${indent(templateYaml(w, false), 4)}
status:
  availableReplicas: ${w.replicas}
  conditions:
  - lastTransitionTime: "${time(w.seed + 40)}"
    lastUpdateTime: "${time(w.seed + 40)}"
    message: Deployment has minimum availability.
    reason: MinimumReplicasAvailable
    status: "True"
    type: Available
  - lastTransitionTime: "${time(w.seed + 1)}"
    lastUpdateTime: "${time(w.seed + 40)}"
    message: ReplicaSet "${w.app}-${w.hash}" has successfully progressed.
    reason: NewReplicaSetAvailable
    status: "True"
    type: Progressing
  observedGeneration: 1
  readyReplicas: ${w.replicas}
  replicas: ${w.replicas}
  updatedReplicas: ${w.replicas}`;
}

function replicaSetYaml(w: Workload): string {
  return `apiVersion: apps/v1
kind: ReplicaSet
metadata:
  annotations:
    deployment.kubernetes.io/desired-replicas: "${w.replicas}"
    deployment.kubernetes.io/max-replicas: "${w.replicas + 1}"
    deployment.kubernetes.io/revision: "1"
  creationTimestamp: "${time(w.seed + 1)}"
  generation: 1
  labels:
    app: ${w.app}
    pod-template-hash: ${w.hash}
  name: ${w.app}-${w.hash}
  namespace: ${w.namespace}
  ownerReferences:
  - apiVersion: apps/v1
    blockOwnerDeletion: true
    controller: true
    kind: Deployment
    name: ${w.app}
    uid: ${uid(w.seed)}
  resourceVersion: "${3000 + w.seed}"
  uid: ${uid(w.seed + 1)}
spec:
  replicas: ${w.replicas}
  selector:
    matchLabels:
      app: ${w.app}
      pod-template-hash: ${w.hash}
  template:
${indent(templateYaml(w, true), 4)}
status:
  availableReplicas: ${w.replicas}
  fullyLabeledReplicas: ${w.replicas}
  observedGeneration: 1
  readyReplicas: ${w.replicas}
  replicas: ${w.replicas}`;
}

function podYaml(w: Workload, replica: number, seed: number, fields: boolean): string {
  const name = `${w.app}-${w.hash}-${suffix(seed, 5)}`;
  const started = time(w.seed + 5 + replica);
  const ready = time(w.seed + 12 + replica);
  const condition = (type: string, at: string) => `- lastProbeTime: null
  lastTransitionTime: "${at}"
  status: "True"
  type: ${type}`;
  return `apiVersion: v1
kind: Pod
metadata:
  creationTimestamp: "${started}"
  generateName: ${w.app}-${w.hash}-
  labels:
    app: ${w.app}
    pod-template-hash: ${w.hash}${fields ? podFields(w, started, ready) : ''}
  name: ${name}
  namespace: ${w.namespace}
  ownerReferences:
  - apiVersion: apps/v1
    blockOwnerDeletion: true
    controller: true
    kind: ReplicaSet
    name: ${w.app}-${w.hash}
    uid: ${uid(w.seed + 1)}
  resourceVersion: "${100000 + seed}"
  uid: ${uid(seed)}
spec:
  containers:
  - image: registry.example.com/${w.app}:1.${w.seed % 9}.${w.seed % 7}
    imagePullPolicy: IfNotPresent
    name: ${w.app}
    ports:
    - containerPort: ${w.port}
      name: http
      protocol: TCP
    readinessProbe:
      failureThreshold: 3
      httpGet:
        path: /healthz
        port: http
        scheme: HTTP
      periodSeconds: 10
      successThreshold: 1
      timeoutSeconds: 1
    resources:
      limits:
        cpu: 500m
        memory: 256Mi
      requests:
        cpu: 100m
        memory: 128Mi
    terminationMessagePath: /dev/termination-log
    terminationMessagePolicy: File
    volumeMounts:
    - mountPath: /var/run/secrets/kubernetes.io/serviceaccount
      name: kube-api-access-${suffix(seed + 7, 5)}
      readOnly: true
  dnsPolicy: ClusterFirst
  enableServiceLinks: true
  nodeName: node-${seed % 12}
  preemptionPolicy: PreemptLowerPriority
  priority: 0
  restartPolicy: Always
  schedulerName: default-scheduler
  securityContext: {}
  serviceAccount: default
  serviceAccountName: default
  terminationGracePeriodSeconds: 30
  tolerations:
  - effect: NoExecute
    key: node.kubernetes.io/not-ready
    operator: Exists
    tolerationSeconds: 300
  - effect: NoExecute
    key: node.kubernetes.io/unreachable
    operator: Exists
    tolerationSeconds: 300
  volumes:
  - name: kube-api-access-${suffix(seed + 7, 5)}
    projected:
      defaultMode: 420
      sources:
      - serviceAccountToken:
          expirationSeconds: 3607
          path: token
      - configMap:
          items:
          - key: ca.crt
            path: ca.crt
          name: kube-root-ca.crt
      - downwardAPI:
          items:
          - fieldRef:
              apiVersion: v1
              fieldPath: metadata.namespace
            path: namespace
status:
  conditions:
${indent(
  [
    condition('PodReadyToStartContainers', ready),
    condition('Initialized', started),
    condition('Ready', ready),
    condition('ContainersReady', ready),
    condition('PodScheduled', started),
  ].join('\n'),
  2,
)}
  containerStatuses:
  - containerID: containerd://${hex(seed + 3, 64)}
    image: registry.example.com/${w.app}:1.${w.seed % 9}.${w.seed % 7}
    imageID: registry.example.com/${w.app}@sha256:${hex(w.seed + 4, 64)}
    lastState: {}
    name: ${w.app}
    ready: true
    restartCount: 0
    started: true
    state:
      running:
        startedAt: "${ready}"
  hostIP: 10.0.0.${10 + (seed % 12)}
  hostIPs:
  - ip: 10.0.0.${10 + (seed % 12)}
  phase: Running
  podIP: 10.244.${seed % 12}.${seed % 250}
  podIPs:
  - ip: 10.244.${seed % 12}.${seed % 250}
  qosClass: Burstable
  startTime: "${started}"`;
}

/** The dump as kubectl prints it: namespaces, then deployments, replica sets and pods of every namespace. */
export function kubectlList({
  pods,
  namespaces = 20,
  podsPerDeployment = 3,
  managedFields = false,
}: KubectlListOptions): string {
  const workloads: Workload[] = [];
  for (let placed = 0, i = 0; placed < pods; i++) {
    const replicas = Math.min(podsPerDeployment, pods - placed);
    const namespace = `team-${i % namespaces}`;
    const app = `${APPS[i % APPS.length]}-${Math.floor(i / APPS.length)}`;
    workloads.push({ app, namespace, hash: suffix(i + 1, 10), replicas, port: 8000 + (i % 100), seed: 1000 * (i + 1) });
    placed += replicas;
  }
  const items: string[] = [];
  for (let n = 0; n < namespaces; n++) items.push(namespaceYaml(`team-${n}`, n + 1, managedFields));
  for (const w of workloads) items.push(deploymentYaml(w, managedFields));
  for (const w of workloads) items.push(replicaSetYaml(w));
  for (const w of workloads)
    for (let r = 0; r < w.replicas; r++) items.push(podYaml(w, r, w.seed + 100 + r, managedFields));
  return `apiVersion: v1
items:
${items.map(item).join('\n')}
kind: List
metadata:
  resourceVersion: ""
`;
}
