import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Handle, Position, type Node, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { createContext, memo, useContext, useMemo } from 'react';
import { useLocaleState, useTranslate, type TranslateFunction } from 'react-admin';
import { formatDate } from '../formats/dates';
import {
  STANCE_COLORS,
  type ContactNodeData,
  type ReportingLine,
  type UnitNodeData,
} from './org-chart-layout';

/** What a department's header does when clicked: the canvas opens or closes it. */
export const UnitToggleContext = createContext<(unitId: string) => void>(() => undefined);
/** Below this zoom a card's text is too small to read (a big chart is then sketched). */
const READABLE_ZOOM = 0.35;
export const zoomedOut = (state: ReactFlowState) => state.transform[2] < READABLE_ZOOM;

/** The tooltip of a cooling card: since when nobody has met them. */
const coolingText = (at: string | null, locale: string, translate: TranslateFunction) =>
  at
    ? translate('trident.rhythm.chart_tooltip', { date: formatDate(at, locale) })
    : translate('trident.rhythm.chart_never');

/** A person: colour by stance, influence as dots, coach, rising-star and cooling badges. */
export const ContactNode = memo(function ContactNode({ data }: NodeProps<Node<ContactNodeData>>) {
  const { contact, highlighted, picked } = data;
  const translate = useTranslate();
  const left = contact.status === 'LEFT';
  // Past the cadence of their level: the relationship is cooling (seed 003).
  const cooling = !left && contact.rhythm.stale;
  const [locale] = useLocaleState();
  const className = [
    'oc-card',
    left && 'oc-card--left',
    cooling && 'oc-card--cooling',
    highlighted && 'oc-card--highlighted',
    picked && 'oc-card--picked',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      className={className}
      style={{ borderColor: STANCE_COLORS[contact.stance] ?? '#9e9e9e' }}
      title={
        cooling
          ? `${translate(`trident.stances.${contact.stance}`)} · ${coolingText(
              contact.rhythm.lastContactedAt,
              locale,
              translate,
            )}`
          : translate(`trident.stances.${contact.stance}`)
      }
      data-cooling={cooling ? 'true' : undefined}
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
        {cooling && (
          <span className="oc-badge oc-badge--cooling">
            {contact.rhythm.lastContactedAt
              ? translate('trident.rhythm.chart_since', {
                  date: formatDate(contact.rhythm.lastContactedAt, locale),
                })
              : translate('trident.rhythm.cooling')}
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
  // Closed, the box is narrow: the name takes the header's whole width (a long one is cut,
  // and whole on hover) and the headcount goes beside the hint below it.
  const label = (
    <span className="oc-unit__header">
      {open ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
      <span className="oc-unit__name" title={unit.name}>
        {unit.name}
      </span>
      {open && <span className="oc-unit__count">{count}</span>}
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
          <span className="oc-unit__hint">
            <span className="oc-unit__count">{count}</span>
            <span className="oc-unit__hint-text">{translate('trident.org_chart.closed_hint')}</span>
          </span>
        )}
      </button>
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
});

const CORNER = 6;

/** A polyline's path, its corners rounded by at most half of either leg. */
function roundedPath(points: ReportingLine['points']) {
  let path = '';
  points.forEach((p, i) => {
    const prev = points[i - 1];
    const next = points[i + 1];
    if (!prev) {
      path += `M${p.x} ${p.y}`;
      return;
    }
    if (!next) {
      path += `L${p.x} ${p.y}`;
      return;
    }
    const r = Math.min(
      CORNER,
      Math.hypot(p.x - prev.x, p.y - prev.y) / 2,
      Math.hypot(next.x - p.x, next.y - p.y) / 2,
    );
    const bx = p.x - Math.sign(p.x - prev.x) * r;
    const by = p.y - Math.sign(p.y - prev.y) * r;
    const ax = p.x + Math.sign(next.x - p.x) * r;
    const ay = p.y + Math.sign(next.y - p.y) * r;
    path += `L${bx} ${by}Q${p.x} ${p.y} ${ax} ${ay}`;
  });
  return path;
}

/**
 * Every reporting line of the tree as one SVG path inside the viewport: a chart of 5,000
 * people would otherwise be 5,000 React Flow edges, each its own SVG to lay out and paint.
 * Above department boxes, below cards (the lines run between cards, never across one).
 */
export const ReportingLines = memo(function ReportingLines({ lines }: { lines: ReportingLine[] }) {
  const path = useMemo(() => lines.map((line) => roundedPath(line.points)).join(''), [lines]);
  return (
    <svg className="oc-lines" width={1} height={1} data-testid="org-chart-lines">
      <path d={path} />
    </svg>
  );
});

/**
 * Thousands of cards seen from afar, as a few SVG paths (one per stance colour) instead of
 * thousands of elements: the picture is the same at that zoom, and panning it stays smooth.
 */
export const CardSketch = memo(function CardSketch({ nodes }: { nodes: Node[] }) {
  const paths = useMemo(() => {
    const byColour = new Map<string, string[]>();
    let cards = 0;
    for (const node of nodes) {
      if (node.type !== 'contact') continue;
      cards++;
      const colour = STANCE_COLORS[(node.data as ContactNodeData).contact.stance] ?? '#9e9e9e';
      const rect = `M${node.position.x} ${node.position.y}h${node.width}v${node.height}h${-node.width!}z`;
      const rects = byColour.get(colour);
      if (rects) rects.push(rect);
      else byColour.set(colour, [rect]);
    }
    return { cards, byColour: [...byColour].map(([colour, rects]) => [colour, rects.join('')]) };
  }, [nodes]);
  return (
    <svg
      className="oc-sketch"
      width={1}
      height={1}
      data-testid="org-chart-sketch"
      data-cards={paths.cards}
    >
      {paths.byColour.map(([colour, d]) => (
        <path key={colour} d={d} fill={colour} />
      ))}
    </svg>
  );
});
