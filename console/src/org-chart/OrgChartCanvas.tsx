import DownloadIcon from '@mui/icons-material/Download';
import FitScreenIcon from '@mui/icons-material/FitScreen';
import GestureIcon from '@mui/icons-material/Gesture';
import UnfoldLessIcon from '@mui/icons-material/UnfoldLess';
import UnfoldMoreIcon from '@mui/icons-material/UnfoldMore';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Stack,
  TextField,
  ToggleButton,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Background,
  ControlButton,
  Controls,
  getNodesBounds,
  getViewportForBounds,
  MiniMap,
  Panel,
  ReactFlow,
  ViewportPortal,
  useReactFlow,
  useStore,
  useStoreApi,
  type Edge,
  type Node,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { useCanAccess, useNotify, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { OrgChartQuery } from '../gql/graphql';
import { useApi } from '../providers/api';
import { apiError, apiMessage } from '../providers/api-error';
import { exportChart } from './export-chart';
import { AddInfluenceDialog, InfluenceDialog } from './InfluenceDialogs';
import {
  CONTACT_HEIGHT,
  CONTACT_WIDTH,
  layoutOrgChart,
  STANCE_COLORS,
  type ContactNodeData,
  type UnitNodeData,
} from './org-chart-layout';
import { openingViewport, readableOpening, type Margins } from './org-chart-opening';
import { searchContacts, unitsAround, type Chart, type OrgStructure } from './org-chart-structure';
import { ADD_INFLUENCE, REMOVE_INFLUENCE } from './org-chart.graphql';
import {
  CardSketch,
  ContactNode,
  ReportingLines,
  UnitNode,
  UnitToggleContext,
  zoomedOut,
} from './OrgChartNodes';
import './org-chart.css';

const NODE_TYPES = { contact: ContactNode, unit: UnitNode };
/**
 * Past this many nodes only those on screen are in the page, from afar the cards are a
 * sketch (CardSketch) and there is no minimap — while nothing is exported.
 */
const BIG = 1000;
const MINIMAP = { width: 160, height: 110 };
const MINIMAP_NARROW = { width: 100, height: 70 };
const EDGE = 16;
/** Space kept clear around the chart: the minimap and the zoom buttons sit in the bottom corners. */
const marginsOf = (narrow: boolean): Margins => ({
  top: EDGE,
  left: EDGE,
  right: EDGE,
  bottom: (narrow ? MINIMAP_NARROW : MINIMAP).height + 2 * EDGE,
});
/** Low enough that 5,000 open cards still fit a phone. */
const MIN_ZOOM = 0.02;
const NONE_OPEN: ReadonlySet<string> = new Set();

interface Pane {
  width: number;
  height: number;
  /** Width over height of the part a chart may use, in steps of a fifth. */
  aspect: number;
}

/**
 * The chart's pane as measured, null until it is. Only a change of shape by a step of a fifth
 * counts, so that small resizes do not lay the chart out again.
 */
function usePane(element: RefObject<HTMLElement | null>, margins: Margins) {
  const [pane, setPane] = useState<Pane | null>(null);
  useLayoutEffect(() => {
    const target = element.current;
    if (!target) return;
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry!.contentRect;
      const usable = {
        width: width - margins.left - margins.right,
        height: height - margins.top - margins.bottom,
      };
      if (usable.width <= 0 || usable.height <= 0) return;
      const aspect = Math.min(4, Math.max(0.2, Math.round((usable.width / usable.height) * 5) / 5));
      setPane((current) => (current?.aspect === aspect ? current : { width, height, aspect }));
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, margins]);
  return pane;
}

const minimapColor = (node: Node) =>
  node.type === 'contact'
    ? (STANCE_COLORS[(node.data as ContactNodeData).contact.stance] ?? '#9e9e9e')
    : (node.data as UnitNodeData).open
      ? 'rgba(207, 216, 220, 0.55)'
      : '#90a4ae';

/**
 * The chart of one customer: departments that open and close, search that brings a person
 * into view, influence drawn and removed in place, export to PNG and SVG. Rendered inside a
 * ReactFlowProvider keyed by the account, so another customer opens with a view of its own.
 */
export function OrgChartCanvas({
  chart,
  structure,
  accountId,
}: {
  chart: Chart;
  structure: OrgStructure;
  accountId: string;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const flow = useReactFlow();
  const storeApi = useStoreApi();
  const api = useApi();
  const queryClient = useQueryClient();
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  // On a short screen (a 1280×720 laptop) the small minimap leaves the chart 40 px more.
  const short = useMediaQuery('(max-height: 800px)');
  const compact = narrow || short;
  const { canAccess: canAdd = false } = useCanAccess({ resource: 'influences', action: 'add' });
  const { canAccess: canRemove = false } = useCanAccess({
    resource: 'influences',
    action: 'remove',
  });

  const margins = useMemo(() => marginsOf(compact), [compact]);
  const wrapper = useRef<HTMLDivElement>(null);
  const pane = usePane(wrapper, margins);
  /** The departments the chart opens with, for this pane: as deep as reads at a glance. */
  const opening = useMemo(
    () =>
      pane
        ? readableOpening(structure, {
            width: pane.width - margins.left - margins.right,
            height: pane.height - margins.top - margins.bottom,
            aspect: pane.aspect,
          })
        : NONE_OPEN,
    [structure, pane, margins],
  );
  /** The departments the user opened or closed since; null while the chart is as it opened. */
  const [chosen, setChosen] = useState<ReadonlySet<string> | null>(null);
  const open = chosen ?? opening;
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const [focus, setFocus] = useState<{ id: string } | null>(null);
  const [drawing, setDrawing] = useState(false);
  const [picked, setPicked] = useState<string | null>(null);
  const [pendingEdge, setPendingEdge] = useState<{ from: string; to: string } | null>(null);
  const [shownInfluence, setShownInfluence] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [text, setText] = useState('');
  /** A department whose header was clicked: it stays where it was on screen. */
  const keepInPlace = useRef<{ id: string; x: number; y: number } | null>(null);
  /** A view asked for with the departments it shows, taken once they are laid out. */
  const viewPending = useRef<'all' | 'opening' | null>(null);
  const shownAspect = useRef<number | null>(null);

  const layout = useMemo(() => {
    const started = performance.now();
    const result = layoutOrgChart(structure, open, chart.influences, pane?.aspect);
    // A User Timing entry: the browser bench and devtools tell layout from drawing with it.
    performance.measure('org-chart layout', { start: started, end: performance.now() });
    return result;
  }, [structure, open, chart.influences, pane?.aspect]);
  const big = !exporting && layout.nodes.length > BIG;
  const sketch = useStore(zoomedOut) && big;
  const nodes = useMemo(
    () =>
      highlighted || picked
        ? layout.nodes.map((node) =>
            node.id === highlighted || node.id === picked
              ? {
                  ...node,
                  data: {
                    ...node.data,
                    highlighted: node.id === highlighted,
                    picked: node.id === picked,
                  },
                }
              : node,
          )
        : layout.nodes,
    [layout, highlighted, picked],
  );
  const shownNodes = useMemo(
    () => (sketch ? nodes.filter((node) => node.type !== 'contact') : nodes),
    [nodes, sketch],
  );

  /**
   * The whole open chart in view, at once. Not React Flow's fitView: with nodes handed in as
   * props it is queued until the nodes next change, so a fit button pressed on a chart that
   * does not change would wait forever.
   */
  const fitAll = useCallback(() => {
    const { width, height } = storeApi.getState();
    if (!width || !height) return;
    void flow.setViewport(
      getViewportForBounds(getNodesBounds(layout.nodes), width, height, MIN_ZOOM, 1, {
        top: `${margins.top}px`,
        left: `${margins.left}px`,
        right: `${margins.right}px`,
        bottom: `${margins.bottom}px`,
      }),
    );
  }, [storeApi, flow, layout, margins]);
  /** The view a chart opens with: whole if it reads so, else its head at a readable size. */
  const showOpening = useCallback(() => {
    const { width, height } = storeApi.getState();
    if (!width || !height) return;
    void flow.setViewport(openingViewport(layout.nodes, { width, height }, margins));
  }, [storeApi, flow, layout, margins]);

  const toggleUnit = useCallback(
    (unitId: string) => {
      const node = flow.getNode(`unit:${unitId}`);
      if (node) keepInPlace.current = { id: node.id, ...node.position };
      setChosen((current) => {
        const next = new Set(current ?? opening);
        if (!next.delete(unitId)) next.add(unitId);
        return next;
      });
    },
    [flow, opening],
  );
  useLayoutEffect(() => {
    const anchor = keepInPlace.current;
    keepInPlace.current = null;
    const node = anchor && layout.nodes.find((n) => n.id === anchor.id);
    if (!anchor || !node) return;
    const { x, y, zoom } = flow.getViewport();
    void flow.setViewport({
      x: x - (node.position.x - anchor.x) * zoom,
      y: y - (node.position.y - anchor.y) * zoom,
      zoom,
    });
  }, [layout, flow]);
  // The first view is ReactFlow's default viewport; after that, a view asked for, or the
  // opening view again when the pane changed shape (the chart was laid out again for it).
  useEffect(() => {
    if (pane === null) return;
    if (shownAspect.current === null) shownAspect.current = pane.aspect;
    const asked = viewPending.current;
    if (asked === null && shownAspect.current === pane.aspect) return;
    viewPending.current = null;
    shownAspect.current = pane.aspect;
    if (asked === 'all') fitAll();
    else showOpening();
  }, [layout, pane, fitAll, showOpening]);
  useEffect(() => {
    const node = focus && layout.nodes.find((n) => n.id === focus.id);
    if (!node) return;
    setFocus(null);
    void flow.setCenter(node.position.x + CONTACT_WIDTH / 2, node.position.y + CONTACT_HEIGHT / 2, {
      zoom: Math.max(flow.getZoom(), 1),
      // A big chart jumps: every frame of a glide would draw the cards it passes over.
      duration: big ? 0 : 400,
    });
  }, [focus, layout, flow, big]);

  const focusOn = (contactId: string) => {
    const around = unitsAround(structure, contactId);
    if (around.some((unit) => !open.has(unit))) setChosen(new Set([...open, ...around]));
    setHighlighted(contactId);
    setFocus({ id: contactId });
  };
  const openAll = (all: boolean) => {
    if (!all && chosen === null) return showOpening();
    viewPending.current = all ? 'all' : 'opening';
    setChosen(all ? new Set(structure.units.keys()) : null);
  };

  const setInfluences = (change: (edges: Chart['influences']) => Chart['influences']) =>
    queryClient.setQueryData<OrgChartQuery>(['orgChart', accountId], (data) =>
      data?.orgChart
        ? { ...data, orgChart: { ...data.orgChart, influences: change(data.orgChart.influences) } }
        : data,
    );
  const onError = (error: Error) => notify(apiMessage(apiError(error)), { type: 'error' });
  const add = useMutation({
    mutationFn: (input: { from: string; to: string; strength: number; note: string }) =>
      api.mutate(ADD_INFLUENCE, {
        input: {
          fromContactId: input.from,
          toContactId: input.to,
          strength: input.strength,
          // Left out when empty: roles that may not write a note send none at all.
          ...(input.note.trim() ? { note: input.note.trim() } : {}),
        },
      }),
    onSuccess: ({ addInfluence }) => {
      setInfluences((edges) => [...edges, addInfluence]);
      setPendingEdge(null);
      setPicked(null);
      notify('trident.org_chart.influence_added', { type: 'success' });
    },
    onError,
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.mutate(REMOVE_INFLUENCE, { id }),
    onSuccess: ({ removeInfluence }) => {
      setInfluences((edges) => edges.filter((e) => e.id !== removeInfluence));
      setShownInfluence(null);
      notify('trident.org_chart.influence_removed', { type: 'success' });
    },
    onError,
  });

  const onNodeClick = (node: Node) => {
    if (node.type !== 'contact') return;
    if (!drawing) {
      navigate(`/contacts/${node.id}`);
      return;
    }
    if (picked === null) setPicked(node.id);
    else if (picked === node.id) setPicked(null);
    else setPendingEdge({ from: picked, to: node.id });
  };
  const onEdgeClick = (edge: Edge) => {
    const influenceId = (edge.data as { influenceId?: string } | undefined)?.influenceId;
    if (influenceId) setShownInfluence(influenceId);
  };
  const download = async (format: 'png' | 'svg') => {
    const viewport = wrapper.current?.querySelector<HTMLElement>('.react-flow__viewport');
    if (!viewport) return;
    setExporting(true);
    try {
      // Every card in the page, none sketched (see `big`), before the picture is taken.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const name = chart.account.name.replace(/[\\/:*?"<>|]+/g, ' ').trim();
      await exportChart(viewport, layout.nodes, format, `${name} org-chart`);
    } catch (error) {
      notify(translate('trident.org_chart.export_failed', { error: String(error) }), {
        type: 'error',
      });
    } finally {
      setExporting(false);
    }
  };

  const matches = useMemo(() => searchContacts(chart.contacts, text), [chart.contacts, text]);
  const influence = chart.influences.find((e) => e.id === shownInfluence);
  const pickedContact = picked ? structure.contacts.get(picked) : undefined;

  return (
    <Stack sx={{ height: '100%', minHeight: 0 }} spacing={1}>
      <Stack
        direction="row"
        sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center' }}
        data-testid="org-chart-toolbar"
      >
        <Autocomplete
          size="small"
          // Shrinks before the buttons wrap to a second row (which takes the chart's height).
          sx={{
            width: { xs: '100%', sm: 'auto' },
            flex: { sm: '1 1 160px' },
            maxWidth: { sm: 300 },
          }}
          options={matches}
          filterOptions={(options) => options}
          getOptionLabel={(contact) => contact.name}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          value={null}
          inputValue={text}
          onInputChange={(_, value) => setText(value)}
          onChange={(_, contact) => contact && focusOn(contact.id)}
          noOptionsText={translate(
            text.trim() ? 'trident.org_chart.no_match' : 'trident.org_chart.type_to_search',
          )}
          renderOption={({ key, ...props }, contact) => (
            <li key={key} {...props}>
              <Box>
                <Box>{contact.name}</Box>
                <Box sx={{ fontSize: 12, color: 'text.secondary' }}>
                  {[
                    contact.title,
                    contact.orgUnitId && structure.units.get(contact.orgUnitId)?.name,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Box>
              </Box>
            </li>
          )}
          renderInput={(params) => (
            <TextField
              {...params}
              label={translate('trident.org_chart.search')}
              slotProps={{
                ...params.slotProps,
                htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'org-chart-search' },
              }}
            />
          )}
        />
        <Button
          size="small"
          startIcon={<UnfoldMoreIcon />}
          onClick={() => openAll(true)}
          disabled={open.size === structure.units.size}
        >
          {translate('trident.org_chart.open_all')}
        </Button>
        <Button size="small" startIcon={<UnfoldLessIcon />} onClick={() => openAll(false)}>
          {translate('trident.org_chart.fold')}
        </Button>
        {canAdd && (
          <ToggleButton
            size="small"
            value="draw"
            selected={drawing}
            color="secondary"
            onChange={() => {
              setDrawing(!drawing);
              setPicked(null);
            }}
            sx={{ py: 0.25, textTransform: 'none' }}
          >
            <GestureIcon fontSize="small" sx={{ mr: 0.5 }} />
            {translate('trident.org_chart.draw_influence')}
          </ToggleButton>
        )}
        {/* One download icon for both formats: the toolbar stays one row at 1280 px. */}
        <Stack
          direction="row"
          sx={{ alignItems: 'center' }}
          title={translate('trident.org_chart.export_title')}
        >
          <DownloadIcon fontSize="small" color={exporting ? 'disabled' : 'primary'} />
          {(['png', 'svg'] as const).map((format) => (
            <Button
              key={format}
              size="small"
              sx={{ minWidth: 0, px: 1 }}
              disabled={exporting}
              onClick={() => void download(format)}
            >
              {translate(`trident.org_chart.export_${format}`)}
            </Button>
          ))}
        </Stack>
      </Stack>
      <Box
        ref={wrapper}
        sx={{
          flexGrow: 1,
          minHeight: 0,
          border: '1px solid #e0e0e0',
          borderRadius: 1,
          bgcolor: '#fafafa',
        }}
        data-testid="org-chart"
      >
        {/* Mounted once the pane is measured: its opening view is of the final layout. */}
        {pane !== null && (
          <UnitToggleContext.Provider value={toggleUnit}>
            <ReactFlow
              className={drawing ? 'oc-flow oc-flow--drawing' : 'oc-flow'}
              nodes={shownNodes}
              edges={layout.edges}
              nodeTypes={NODE_TYPES}
              onlyRenderVisibleElements={big}
              defaultViewport={openingViewport(layout.nodes, pane, margins)}
              minZoom={MIN_ZOOM}
              maxZoom={2}
              nodesDraggable={false}
              nodesConnectable={drawing}
              elementsSelectable={false}
              onNodeClick={(_, node) => onNodeClick(node)}
              onEdgeClick={(_, edge) => onEdgeClick(edge)}
              onConnect={({ source, target }) =>
                source !== target && setPendingEdge({ from: source, to: target })
              }
              onPaneClick={() => setHighlighted(null)}
              proOptions={{ hideAttribution: true }}
            >
              <ViewportPortal>
                <ReportingLines lines={layout.lines} />
                {sketch && <CardSketch nodes={layout.nodes} />}
              </ViewportPortal>
              <Background />
              <Controls showInteractive={false} showFitView={false}>
                <ControlButton
                  onClick={fitAll}
                  title={translate('trident.org_chart.fit')}
                  aria-label={translate('trident.org_chart.fit')}
                >
                  <FitScreenIcon />
                </ControlButton>
              </Controls>
              {/* A minimap keeps a store subscription per node: past 1,000 every pan would run
                  thousands of them. A big chart zoomed out (the sketch) is its own overview. */}
              {!big && (
                <MiniMap
                  pannable
                  zoomable
                  nodeColor={minimapColor}
                  nodeStrokeColor={(node) => (node.type === 'unit' ? '#78909c' : 'transparent')}
                  nodeStrokeWidth={6}
                  style={compact ? MINIMAP_NARROW : MINIMAP}
                  ariaLabel={translate('trident.org_chart.minimap')}
                />
              )}
              {drawing && (
                // Over the chart, not above it: the view keeps its size (and its layout).
                <Panel position="top-center">
                  <Alert severity="info" sx={{ py: 0, boxShadow: 1 }} data-testid="drawing-hint">
                    {pickedContact
                      ? translate('trident.org_chart.pick_to', { name: pickedContact.name })
                      : translate('trident.org_chart.pick_from')}
                  </Alert>
                </Panel>
              )}
            </ReactFlow>
          </UnitToggleContext.Provider>
        )}
      </Box>
      {pendingEdge && (
        <AddInfluenceDialog
          from={structure.contacts.get(pendingEdge.from)!}
          to={structure.contacts.get(pendingEdge.to)!}
          saving={add.isPending}
          onSave={(strength, note) => add.mutate({ ...pendingEdge, strength, note })}
          onCancel={() => {
            setPendingEdge(null);
            setPicked(null);
          }}
        />
      )}
      {influence && (
        <InfluenceDialog
          influence={influence}
          from={structure.contacts.get(influence.fromContactId)}
          to={structure.contacts.get(influence.toContactId)}
          canRemove={canRemove}
          removing={remove.isPending}
          onRemove={() => remove.mutate(influence.id)}
          onClose={() => setShownInfluence(null)}
        />
      )}
    </Stack>
  );
}
