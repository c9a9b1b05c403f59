/**
 * Inspector for one node: a workload's name, labels and container ports, a
 * namespace's name and labels, each committed as one PolicyEdit; the
 * policies selecting it, each deletable. Peers drawn from rules only explain
 * themselves (they are not objects of the YAML).
 */
import type { GraphNode } from '../../model/graph/types.ts';
import { NS_NAME_LABEL } from '../../model/graph/keys.ts';
import { nodeId, nsNodeId, parseNodeId } from '../../model/graph/index.ts';
import { removeNodeEdit, runEdit, workloadRef } from '../canvas/gestures/gestures.ts';
import { subtitleOf } from '../canvas/geometry/sizes.ts';
import { displayName } from '../canvas/nodes/display-name.ts';
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
  const wl = workloadRef(node);
  const removal = removeNodeEdit(node);
  const namespace = node.kind === 'namespace' ? node.namespace : undefined;
  const KIND: Record<string, string> = {
    namespace: 'Namespace',
    workload: node.detail ?? 'Workload',
    inferred: 'Inferred pods',
    cidr: 'External CIDR',
    'namespace-pods': 'Pods',
    'all-namespaces': 'All namespaces',
    anywhere: 'Anywhere',
  };
  return (
    <>
      <div className="inspector__head">
        <span className="inspector__kind">{KIND[node.kind]}</span>
        <span className="inspector__title" data-testid="inspector-title">
          <Name>{node.label}</Name>
        </span>
        {node.namespace && node.kind !== 'namespace' && (
          <span className="inspector__sub">
            in <Name>{node.namespace}</Name>
          </span>
        )}
        {displayName(node) !== node.label && (
          <span className="inspector__sub" data-testid="inspector-card-name">
            shown as <Name>{displayName(node)}</Name> (generated hash dropped)
          </span>
        )}
      </div>
      {wl && (
        <>
          <InlineField
            label="Name"
            value={wl.name}
            testId="inspector-name"
            disabled={disabled}
            onCommit={(t) =>
              commitParsed(
                named('workload', t),
                (to) => ({ op: 'renameWorkload', workload: wl, to }),
                () => follow(node.id, renamedWorkloadId(node.id, t.trim())),
              )
            }
          />
          <InlineField
            label="Labels"
            value={formatLabels(node.labels)}
            note="key=value, comma separated; policies select pods by these"
            testId="inspector-labels"
            disabled={disabled}
            onCommit={(t) =>
              commitParsed(parseLabels(t), (labels) => ({ op: 'setWorkloadLabels', workload: wl, labels }))
            }
          />
          <InlineField
            label="Container ports"
            value={formatContainerPorts(node.ports)}
            placeholder="none"
            note="8080, http:8080, dns:53/UDP"
            testId="inspector-ports"
            disabled={disabled}
            onCommit={(t) =>
              commitParsed(parseContainerPorts(t), (ports) => ({ op: 'setContainerPorts', workload: wl, ports }))
            }
          />
        </>
      )}
      {namespace !== undefined && (
        <>
          <InlineField
            label="Name"
            value={namespace}
            testId="inspector-name"
            disabled={disabled}
            onCommit={(t) =>
              commitParsed(
                named('namespace', t),
                (to) => ({ op: 'renameNamespace', from: namespace, to }),
                () => follow(node.id, nsNodeId(t.trim())),
              )
            }
          />
          <InlineField
            label="Labels"
            value={formatLabels(
              Object.fromEntries(Object.entries(node.labels ?? {}).filter(([k]) => k !== NS_NAME_LABEL)),
            )}
            note={`${NS_NAME_LABEL} is set by Kubernetes`}
            testId="inspector-labels"
            disabled={disabled}
            onCommit={(t) =>
              commitParsed(parseLabels(t), (labels) => ({ op: 'setNamespaceLabels', name: namespace, labels }))
            }
          />
        </>
      )}
      {draft ? (
        <>
          <p className="inspector__text">
            Not in the YAML yet: a peer exists only in a rule. Drag from a workload&rsquo;s dot to it to allow egress to
            it, or from its dot to a workload to allow ingress from it.
          </p>
          <div className="inspector__actions">
            <button
              type="button"
              className="btn btn--small"
              onClick={() => {
                useDrafts.getState().removeDraft(node.id);
                useStore.getState().clearSelection();
              }}
            >
              Remove from the canvas
            </button>
          </div>
        </>
      ) : (
        !wl && node.kind !== 'namespace' && <p className="inspector__text">{node.detail ?? subtitleOf(node)}</p>
      )}
      {(node.endpoint || node.kind === 'namespace') && <AllowTraffic node={node} disabled={disabled} />}
      <PolicyList
        ids={node.selectedBy}
        disabled={disabled}
        heading={node.kind === 'namespace' ? 'Namespace-wide policies' : 'Selected by'}
      />
      {node.kind === 'namespace' && <CollapseToggle nsId={node.id} />}
      {typeof removal !== 'string' && (
        <div className="inspector__actions">
          <button
            type="button"
            className="btn btn--danger btn--small"
            disabled={disabled}
            title={
              node.kind === 'namespace'
                ? 'Deletes the Namespace and every object in it (undo brings them back)'
                : undefined
            }
            onClick={() => runEdit(removal) && useStore.getState().clearSelection()}
            data-testid="inspector-delete"
          >
            Delete {node.kind === 'namespace' ? 'namespace' : 'workload'}
          </button>
        </div>
      )}
    </>
  );
}
