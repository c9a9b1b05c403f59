import type { TemplateWords } from '../en/templates.ts';

const NAMESPACE = { label: 'Namespace', description: '新しいオブジェクトを作成する Namespace。' };

/** テンプレートのタイトル、説明、パラメーター名（日本語）。キーはテンプレート ID とパラメーター ID。 */
export const templates: Readonly<Record<string, TemplateWords>> = {
  'default-deny-ingress': {
    title: 'Ingress をデフォルト拒否',
    description: 'ほかのポリシーで許可するまで、Namespace 内のすべての Pod への受信通信を拒否します。',
    params: { namespace: NAMESPACE },
  },
  'default-deny-egress': {
    title: 'Egress をデフォルト拒否',
    description:
      'Namespace 内のすべての Pod からの送信通信を DNS も含めて拒否します。「DNS の Egress を許可」と組み合わせてください。',
    params: { namespace: NAMESPACE },
  },
  'default-deny-all': {
    title: 'Ingress と Egress をデフォルト拒否',
    description: 'Namespace 内のすべての Pod を両方向で分離します。ほかのポリシーが許可した通信だけが通ります。',
    params: { namespace: NAMESPACE },
  },
  'allow-dns-egress': {
    title: 'DNS の Egress を許可',
    description:
      'Namespace 内のすべての Pod が、クラスター DNS（kube-system の kube-dns / CoreDNS）にポート 53 の UDP と TCP で問い合わせられるようにします。',
    params: { namespace: NAMESPACE },
  },
  'allow-same-namespace': {
    title: 'Namespace 内の通信を許可',
    description:
      'Namespace 内の Pod どうしがすべてのポートで通信できるようにします。ほかの Namespace からの通信はデフォルト拒否のままです。',
    params: { namespace: NAMESPACE },
  },
  'allow-from-namespace': {
    title: '特定の Namespace からの通信を許可',
    description: 'ほかの Namespace の Pod が、この Namespace のすべての Pod にすべてのポートで接続できるようにします。',
    params: {
      namespace: NAMESPACE,
      from: { label: '送信元の Namespace', description: 'この Namespace の Pod からの通信を許可します。' },
    },
  },
  'allow-from-monitoring': {
    title: 'モニタリングからの通信を許可',
    description:
      'monitoring Namespace の Prometheus の Pod が、この Namespace のすべての Pod のメトリクス用ポートからメトリクスを収集できるようにします。',
    params: {
      namespace: NAMESPACE,
      monitoringNamespace: { label: 'モニタリングの Namespace', description: 'Prometheus が動いている Namespace。' },
      prometheusLabel: {
        label: 'Prometheus の app ラベル',
        description: 'Prometheus の Pod に付いている app.kubernetes.io/name ラベルの値。',
      },
      port: {
        label: 'メトリクス用ポート',
        description: 'メトリクスを提供するポートの番号、またはコンテナポートの名前。',
      },
    },
  },
  'allow-egress-cidr': {
    title: '外部の CIDR への Egress を許可',
    description:
      'Namespace の Pod が外部のアドレス範囲に接続できるようにします。ただし、クラウドのメタデータアドレス 169.254.169.254 は除きます。',
    params: {
      namespace: NAMESPACE,
      cidr: {
        label: '宛先の CIDR',
        description: 'Pod が接続できるアドレス範囲。例: インターネット全体なら 0.0.0.0/0。',
      },
      port: { label: 'ポート', description: '許可する TCP ポート。空欄にするとすべてのポートを許可します。' },
    },
  },
  'three-tier-app': {
    title: '3 層アプリ（web、api、db）',
    description:
      '3 つの Deployment と、インターネットから web、web から api、api から db への通信だけを許可するポリシーです。',
    params: { namespace: NAMESPACE },
  },
  'admin-deny-into-namespace': {
    title: 'ガードレール: Namespace への通信をすべて拒否（Admin 層）',
    description:
      'ほかの Namespace から機密性の高い Namespace への接続を、その Namespace の NetworkPolicy が何を許可していても拒否する AdminNetworkPolicy です。',
    params: {
      namespace: { label: '保護する Namespace', description: '外部のどこからも到達できないようにする Namespace。' },
    },
  },
  'admin-allow-monitoring': {
    title: 'モニタリングをどこからでも許可（Admin 層）',
    description:
      'monitoring Namespace から、クラスター内のすべての Pod のメトリクス用ポートへの接続を、すべてを拒否している Namespace であっても許可する AdminNetworkPolicy です。',
    params: {
      namespace: { label: 'モニタリングの Namespace', description: 'Prometheus が動いている Namespace。' },
      port: { label: 'メトリクス用ポート', description: 'メトリクスを収集するポートの番号（TCP）。' },
    },
  },
  'baseline-deny-ingress': {
    title: 'ベースラインのデフォルト拒否（クラスター全体）',
    description:
      'BaselineAdminNetworkPolicy "default" です。Pod の Namespace の NetworkPolicy がその Pod を選択して別途許可しない限り、すべての Pod への受信接続を拒否します。',
    params: {},
  },
};
