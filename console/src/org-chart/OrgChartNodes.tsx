import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  BaseEdge,
  Handle,
  Position,
  type Edge,
  type EdgeProps,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import { createContext, memo, useContext } from 'react';
import { useTranslate } from 'react-admin';
import {
  STANCE_COLORS,
  type ContactNodeData,
  type ReportingEdgeData,
  type UnitNodeData,
} from './org-chart-layout';

/** What a department's header does when clicked: the canvas opens or closes it. */
export const UnitToggleContext = createContext<(unitId: string) => void>(() => undefined);

/** A person: colour by stance, influence as dots, coach and rising-star badges. */
export const ContactNode = memo(function ContactNode({ data }: NodeProps<Node<ContactNodeData>>) {
  const { contact, highlighted, picked } = data;
  const translate = useTranslate();
  const left = contact.status === 'LEFT';
  const className = [
    'oc-card',
    left && 'oc-card--left',
    highlighted && 'oc-card--highlighted',
    picked && 'oc-card--picked',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      className={className}
      style={{ borderColor: STANCE_COLORS[contact.stance] ?? '#9e9e9e' }}
      title={translate(`trident.stances.${contact.stance}`)}
      data-highlighted={highlighted ? 'true' : undefined}
    >
      <Handle type="target" position={Position.Top} />
      <div className="oc-card__top">
        <span className="oc-card__name">{contact.name}</span>
        <span
          className="oc-card__dots"
          aria-label={translate('trident.org_chart.influence_of', { n: contact.influence })}
        >
          {'●'.repeat(contact.influence)}
        </span>
      </div>
      <div className="oc-card__title">
        {contact.title ?? '—'}
        {contact.relationshipOwner ? ` · ${contact.relationshipOwner.name.split(' ')[0]}` : ''}
      </div>
      <div className="oc-card__badges">
        {contact.coachLevel && (
          <span className="oc-badge oc-badge--coach">{translate('trident.org_chart.coach')}</span>
        )}
        {contact.risingStar && (
          <span className="oc-badge oc-badge--rising">
            {translate('trident.org_chart.rising_star')}
          </span>
        )}
        {left && (
          <span className="oc-badge oc-badge--left">
            {translate('trident.contact_statuses.LEFT')}
          </span>
        )}
        {!contact.relationshipOwner && !left && (
          <span className="oc-badge oc-badge--no-owner">
            {translate('trident.org_chart.no_owner')}
          </span>
        )}
      </div>
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
});

/**
 * A department: open, a box around its people under a header that closes it; closed, a
 * small box saying how many people it holds, which opens it.
 */
export const UnitNode = memo(function UnitNode({ data }: NodeProps<Node<UnitNodeData>>) {
  const { unit, open, headcount } = data;
  const translate = useTranslate();
  const toggle = useContext(UnitToggleContext);
  const count = translate('trident.org_chart.people', { smart_count: headcount });
  const label = (
    <span className="oc-unit__header">
      {open ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
      <span className="oc-unit__name">{unit.name}</span>
      <span className="oc-unit__count">{count}</span>
    </span>
  );
  // Closed, the whole box is the button; open, only the header (its people are clickable).
  return (
    <div className={open ? 'oc-unit' : 'oc-unit oc-unit--closed'} data-open={open}>
      <Handle type="target" position={Position.Top} />
      <button
        type="button"
        className="oc-unit__button nodrag"
        aria-expanded={open}
        aria-label={`${unit.name} · ${count}`}
        title={translate(open ? 'trident.org_chart.close_unit' : 'trident.org_chart.open_unit')}
        onClick={(event) => {
          event.stopPropagation();
          toggle(unit.id);
        }}
      >
        {label}
        {!open && (
          <span className="oc-unit__hint">{translate('trident.org_chart.closed_hint')}</span>
        )}
      </button>
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
});

const CORNER = 6;

/** A reporting line along the route the layout chose, its corners rounded. */
export function ReportingEdge({ data, id }: EdgeProps<Edge<ReportingEdgeData>>) {
  const points = data?.points ?? [];
  let path = '';
  points.forEach((p, i) => {
    if (i === 0) {
      path = `M ${p.x} ${p.y}`;
      return;
    }
    const next = points[i + 1];
    if (!next) {
      path += ` L ${p.x} ${p.y}`;
      return;
    }
    // Stop short of the corner and curve round it, by at most half of either leg.
    const prev = points[i - 1]!;
    const r = Math.min(
      CORNER,
      Math.hypot(p.x - prev.x, p.y - prev.y) / 2,
      Math.hypot(next.x - p.x, next.y - p.y) / 2,
    );
    const before = { x: p.x - Math.sign(p.x - prev.x) * r, y: p.y - Math.sign(p.y - prev.y) * r };
    const after = { x: p.x + Math.sign(next.x - p.x) * r, y: p.y + Math.sign(next.y - p.y) * r };
    path += ` L ${before.x} ${before.y} Q ${p.x} ${p.y} ${after.x} ${after.y}`;
  });
  // No wider invisible path to click: a reporting line does nothing when clicked, and a drag
  // that starts on it should pan the chart.
  return (
    <BaseEdge
      id={id}
      path={path}
      interactionWidth={0}
      style={{ stroke: '#90a4ae', strokeWidth: 1.5 }}
    />
  );
}
