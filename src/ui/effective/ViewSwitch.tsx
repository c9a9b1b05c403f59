/**
 * "Rules | Effective": what the canvas draws. Two toggle buttons (aria-pressed)
 * rather than tabs: they sit in the canvas toolbar, reachable with Tab and
 * operated with Enter / Space like its other buttons.
 */
import { type CanvasView } from '../../state/effective-view.ts';
import './effective.css';
import { useEffectiveView } from '../hooks/stores.ts';

const OPTIONS: { view: CanvasView; label: string; title: string }[] = [
  { view: 'rules', label: 'Rules', title: 'One edge per policy rule and peer, as written in the YAML' },
  {
    view: 'effective',
    label: 'Effective',
    title: 'Who can actually reach whom; dashed red: one side allows it, the other blocks it',
  },
];

export function ViewSwitch() {
  const current = useEffectiveView((s) => s.view);
  const setView = useEffectiveView((s) => s.setView);
  return (
    <div className="view-switch" role="group" aria-label="Graph view">
      {OPTIONS.map((o) => (
        <button
          key={o.view}
          type="button"
          className="view-switch__option"
          aria-pressed={current === o.view}
          title={o.title}
          onClick={() => current !== o.view && setView(o.view)}
          data-testid={`view-${o.view}`}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
