import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import AcUnitIcon from '@mui/icons-material/AcUnit';
import HourglassBottomIcon from '@mui/icons-material/HourglassBottom';
import TuneIcon from '@mui/icons-material/Tune';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { Collapse, Divider, ListItemButton, ListItemText } from '@mui/material';
import type { Role } from '@trident/domain';
import type { ReactElement } from 'react';
import {
  Menu,
  useCanAccess,
  useCanAccessResources,
  usePermissions,
  useSidebarState,
  useStore,
  useTranslate,
} from 'react-admin';
import { useLocation } from 'react-router-dom';
import {
  initiallyOpen,
  orderedSections,
  sectionOf,
  type MenuEntry,
  type MenuSection,
  type SectionKey,
} from './menu-sections';

const PAGE_ICONS: Record<string, ReactElement> = {
  '/opportunities/board': <ViewKanbanIcon />,
  '/stalled-deals': <HourglassBottomIcon />,
  '/my-notifications': <TuneIcon />,
  '/relationship-cadences': <AcUnitIcon />,
};

/** A page of its own (not a resource list), shown where its access check allows. */
function PageItem({ entry }: { entry: Extract<MenuEntry, { to: string }> }) {
  const { canAccess = false } = useCanAccess(entry.access);
  if (!canAccess) return null;
  return <Menu.Item to={entry.to} primaryText={entry.label} leftIcon={PAGE_ICONS[entry.to]} />;
}

/**
 * One section: a header that folds it, and its pages. A section with no page the person may
 * open is left out; while the sidebar is folded to icons, a line stands for the header.
 */
function Section({
  section,
  open,
  onToggle,
  visible,
}: {
  section: MenuSection;
  open: boolean;
  onToggle: () => void;
  visible: (entry: MenuEntry) => boolean;
}) {
  const translate = useTranslate();
  const [sidebarOpen] = useSidebarState();
  const entries = section.entries.filter(visible);
  if (entries.length === 0) return null;
  const label = translate(`trident.menu.sections.${section.key}`);
  const items = entries.map((entry) =>
    'resource' in entry ? (
      <Menu.ResourceItem key={entry.resource} name={entry.resource} />
    ) : (
      <PageItem key={entry.to} entry={entry} />
    ),
  );
  if (!sidebarOpen) return [<Divider key="line" />, ...items];
  return (
    <>
      <ListItemButton
        onClick={onToggle}
        aria-expanded={open}
        data-testid={`menu-section-${section.key}`}
        sx={{ py: 0.5, mt: 0.5 }}
      >
        <ListItemText
          primary={label}
          slotProps={{
            primary: {
              variant: 'overline',
              sx: { color: 'text.secondary', lineHeight: 1.5, fontWeight: 600 },
            },
          }}
        />
        {open ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
      </ListItemButton>
      <Collapse in={open} timeout="auto" unmountOnExit>
        {items}
      </Collapse>
    </>
  );
}

/**
 * The menu in sections (my desk, customers, sales, delivery and collections, team,
 * administration), the person's own first and open; the others fold, and the one holding the
 * page on screen opens. Every entry follows canAccess.
 */
export function TridentMenu() {
  const { permissions } = usePermissions<Role[]>();
  const roles = permissions ?? [];
  const sections = orderedSections(roles);
  const { canAccess: lists } = useCanAccessResources({
    action: 'list',
    resources: sections.flatMap((s) =>
      s.entries.flatMap((entry) => ('resource' in entry ? [entry.resource] : [])),
    ),
  });
  const [folded, setFolded] = useStore<Partial<Record<SectionKey, boolean>>>(
    'menu.sectionsOpen',
    {},
  );
  const current = sectionOf(useLocation().pathname);
  const starts = new Set(initiallyOpen(roles));
  const isOpen = (key: SectionKey) => key === current || (folded[key] ?? starts.has(key));
  const visible = (entry: MenuEntry) =>
    'resource' in entry ? lists?.[entry.resource] === true : true;
  return (
    <Menu>
      <Menu.DashboardItem />
      {sections.map((section) => (
        <Section
          key={section.key}
          section={section}
          open={isOpen(section.key)}
          onToggle={() => setFolded({ ...folded, [section.key]: !isOpen(section.key) })}
          visible={visible}
        />
      ))}
    </Menu>
  );
}
