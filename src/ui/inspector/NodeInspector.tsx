/**
 * Inspector for one node: a workload's name, labels and container ports, a
 * namespace's name and labels, each committed as one PolicyEdit; the
 * policies selecting it, each deletable; the cluster-scoped ones with their
 * priority and rule order (ClusterPolicyList.tsx). Peers drawn from rules only explain
 * themselves (they are not objects of the YAML).
 */
import { Trans, useTranslation } from 'react-i18next';
import type { GraphNode } from '../../model/graph/types.ts';
import { NS_NAME_LABEL } from '../../model/graph/keys.ts';
import { nodeId, nsNodeId, parseNodeId } from '../../model/graph/index.ts';
import { removeNodeEdit, runEdit, workloadRef } from '../canvas/gestures/gestures.ts';
import { subtitleOf } from '../canvas/geometry/sizes.ts';
import { useCardWords } from '../canvas/nodes/use-card-words.ts';
import { displayName, fullName } from '../canvas/nodes/display-name.ts';
import {
  formatContainerPorts,
  formatLabels,
  nameError,
  parseContainerPorts,
  parseLabels,
  type Parsed,
} from '../dialogs/forms.ts';
import { commitParsed } from './commit-field.ts';
import { InlineField } from './InlineField.tsx';
import { AllowTraffic } from './AllowTraffic.tsx';
import { PolicyList } from './PolicyList.tsx';
import { ClusterPolicyList } from './ClusterPolicyList.tsx';
import { CollapseToggle } from './CollapseToggle.tsx';
import { useDrafts, useStore } from '../hooks/stores.ts';
import { Name } from '../text/Name.tsx';

const named = (what: 'namespace' | 'workload', text: string): Parsed<string> => {
  const name = text.trim();
  const err = nameError(what, name);
  return err ? { ok: false, error: err } : { ok: true, value: name };
};

/** The id a workload node gets when renamed (namespace and kind unchanged). */
function renamedWorkloadId(id: string, name: string): string {
  const wl = parseNodeId(id);
  return wl?.kind === 'workload' ? nodeId({ ...wl, name }) : id;
}

/** Keeps the node selected and where the user put it after its id changed with its name. */
function follow(oldId: string, newId: string): void {
  const s = useStore.getState();
  const pos = s.manual[oldId] ?? s.boxes[oldId];
  if (pos) s.moveNode(newId, { x: pos.x, y: pos.y });
  s.select({ nodes: [newId] });
}

export function NodeInspector({
  node,
  disabled,
  draft = false,
}: {
  node: GraphNode;
  disabled: boolean;
  draft?: boolean;
}) {
  const { t } = useTranslation('ui-inspector');
  const words = useCardWords();
  const wl = workloadRef(node);
  const removal = removeNodeEdit(node);
  const namespace = node.kind === 'namespace' ? node.namespace : undefined;
  // A workload's kind is its manifest's (Deployment, StatefulSet…), as Kubernetes spells it.
  const kind = node.kind === 'workload' && node.detail ? node.detail : t(`node.kind.${node.kind}`);
  return (
    <>
      <div className="inspector__head">
        <span className="inspector__kind">{kind}</span>
        <span className="inspector__title" data-testid="inspector-title">
          <Name>{fullName(node, words)}</Name>
        </span>
        {node.namespace && node.kind !== 'namespace' && (
          <span className="inspector__sub">
            <Trans t={t} i18nKey="node.in" values={{ name: node.namespace }} components={{ name: <Name /> }} />
          </span>
        )}
        {displayName(node) !== node.label && (
          <span className="inspector__sub" data-testid="inspector-card-name">
            <Trans t={t} i18nKey="node.shownAs" values={{ name: displayName(node) }} components={{ name: <Name /> }} />
          </span>
        )}
      </div>
      {wl && (
        <>
          <InlineField
            label={t('node.name')}
            value={wl.name}
            testId="inspector-name"
            disabled={disabled}
            onCommit={(text) =>
              commitParsed(
                named('workload', text),
                (to) => ({ op: 'renameWorkload', workload: wl, to }),
                () => follow(node.id, renamedWorkloadId(node.id, text.trim())),
              )
            }
          />
          <InlineField
            label={t('node.labels')}
            value={formatLabels(node.labels)}
            note={t('node.labelsNote')}
            testId="inspector-labels"
            disabled={disabled}
            onCommit={(text) =>
              commitParsed(parseLabels(text), (labels) => ({ op: 'setWorkloadLabels', workload: wl, labels }))
            }
          />
          <InlineField
            label={t('node.ports')}
            value={formatContainerPorts(node.ports)}
            placeholder={t('node.portsNone')}
            note="8080, http:8080, dns:53/UDP"
            testId="inspector-ports"
            disabled={disabled}
            onCommit={(text) =>
              commitParsed(parseContainerPorts(text), (ports) => ({ op: 'setContainerPorts', workload: wl, ports }))
            }
          />
        </>
      )}
      {namespace !== undefined && (
        <>
          <InlineField
            label={t('node.name')}
            value={namespace}
            testId="inspector-name"
            disabled={disabled}
            onCommit={(text) =>
              commitParsed(
                named('namespace', text),
                (to) => ({ op: 'renameNamespace', from: namespace, to }),
                () => follow(node.id, nsNodeId(text.trim())),
              )
            }
          />
          <InlineField
            label={t('node.labels')}
            value={formatLabels(
              Object.fromEntries(Object.entries(node.labels ?? {}).filter(([k]) => k !== NS_NAME_LABEL)),
            )}
            note={t('node.nsNameNote', { label: NS_NAME_LABEL })}
            testId="inspector-labels"
            disabled={disabled}
            onCommit={(text) =>
              commitParsed(parseLabels(text), (labels) => ({ op: 'setNamespaceLabels', name: namespace, labels }))
            }
          />
        </>
      )}
      {draft ? (
        <>
          <p className="inspector__text">{t('node.draft')}</p>
          <div className="inspector__actions">
            <button
              type="button"
              className="btn btn--small"
              onClick={() => {
                useDrafts.getState().removeDraft(node.id);
                useStore.getState().clearSelection();
              }}
            >
              {t('node.removeDraft')}
            </button>
          </div>
        </>
      ) : (
        !wl && node.kind !== 'namespace' && <p className="inspector__text">{node.detail ?? subtitleOf(node, words)}</p>
      )}
      {(node.endpoint || node.kind === 'namespace') && <AllowTraffic node={node} disabled={disabled} />}
      <PolicyList
        ids={node.selectedBy}
        disabled={disabled}
        heading={node.kind === 'namespace' ? t('node.nsPolicies') : t('node.selectedBy')}
      />
      {!draft && <ClusterPolicyList node={node} disabled={disabled} />}
      {node.kind === 'namespace' && <CollapseToggle nsId={node.id} />}
      {'op' in removal && (
        <div className="inspector__actions">
          <button
            type="button"
            className="btn btn--danger btn--small"
            disabled={disabled}
            title={node.kind === 'namespace' ? t('node.deleteNamespaceTitle') : undefined}
            onClick={() => runEdit(removal) && useStore.getState().clearSelection()}
            data-testid="inspector-delete"
          >
            {node.kind === 'namespace' ? t('node.deleteNamespace') : t('node.deleteWorkload')}
          </button>
        </div>
      )}
    </>
  );
}
