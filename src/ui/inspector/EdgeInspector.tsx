/**
 * Inspector for one canvas edge: every rule behind it (policy, direction,
 * rule number), its ports editable in the label syntax (setRulePorts), and
 * removal of exactly that peer or of the whole policy.
 */
import { removeEdgeEdit, setEdgePortsEdit } from '../../model/edits.ts';
import type { GraphEdge, GraphNode } from '../../model/graph-types.ts';
import { runEdit } from '../canvas/gestures.ts';
import { parseRulePorts } from '../dialogs/forms.ts';
import { commitParsed } from './commit-field.ts';
import { InlineField } from './InlineField.tsx';

export function EdgeInspector({ rules, source, target, disabled }: { rules: GraphEdge[]; source?: GraphNode; target?: GraphNode; disabled: boolean }) {
  return (
    <>
      <div className="inspector__head">
        <span className="inspector__kind">Allowed flow</span>
        <span className="inspector__title" data-testid="inspector-title">{source?.label ?? '?'} → {target?.label ?? '?'}</span>
      </div>
      {rules.map((r) => (
        <section key={r.id} className="inspector__section rule-card" data-testid="inspector-rule">
          <h3 className="inspector__heading">
            {r.policyId} <span className="rule-card__where">· {r.direction} rule {r.ruleIndex + 1}{r.peerIndex >= 0 ? `, peer ${r.peerIndex + 1}` : ', any peer'}</span>
          </h3>
          <InlineField label="Ports" value={r.label === 'all ports' ? '' : r.label} placeholder="all ports" note="TCP 8080, UDP 53, TCP 8000-8100, TCP http" testId="edge-ports" disabled={disabled}
            onCommit={(t) => commitParsed(parseRulePorts(t), (ports) => setEdgePortsEdit(r, ports))} />
          <div className="rule-card__actions">
            <button type="button" className="link-button link-button--danger" disabled={disabled} onClick={() => runEdit(removeEdgeEdit(r))} data-testid="remove-peer">
              {r.peerIndex >= 0 ? 'Remove this peer' : 'Remove this rule'}
            </button>
            <button type="button" className="link-button link-button--danger" disabled={disabled} onClick={() => runEdit({ op: 'deletePolicy', policy: r.policyId })} data-testid="delete-policy">
              Delete policy
            </button>
          </div>
        </section>
      ))}
    </>
  );
}
