import { Card, CardContent, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { OrgChartQuery } from '../gql/graphql';
import { CoverageShare } from './CoverageShare';

/** Relationship coverage (seed 003): who at the customer nobody of ours knows yet. */
export function CoveragePanel({
  coverage,
}: {
  coverage: NonNullable<OrgChartQuery['relationshipCoverage']>;
}) {
  const translate = useTranslate();
  const section = (title: string, items: { id: string; name: string; title?: string | null }[]) => (
    <>
      <Typography variant="subtitle2" sx={{ mt: 1 }}>
        {title} ({items.length})
      </Typography>
      {items.length === 0 ? (
        <Typography variant="caption" sx={{ color: 'text.secondary' }}>
          {translate('trident.org_chart.none')}
        </Typography>
      ) : (
        <List dense disablePadding>
          {items.slice(0, 8).map((item) => (
            <ListItem key={item.id} disableGutters sx={{ py: 0 }}>
              <ListItemText primary={item.name} secondary={item.title ?? undefined} />
            </ListItem>
          ))}
        </List>
      )}
    </>
  );
  return (
    <Card sx={{ width: { xs: 'auto', md: 300 }, flexShrink: 0, overflow: 'auto' }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('trident.org_chart.coverage')}
        </Typography>
        <CoverageShare
          sx={{ mb: 1.5 }}
          label={translate('trident.org_chart.unit_coverage')}
          value={coverage.unitCoverage}
          covered={coverage.unitsCovered}
          total={coverage.unitsTotal}
        />
        <CoverageShare
          sx={{ mb: 1.5 }}
          label={translate('trident.org_chart.decision_coverage')}
          value={coverage.decisionCoverage}
          covered={coverage.decisionContactsCovered}
          total={coverage.decisionContactsTotal}
        />
        {section(translate('trident.org_chart.uncovered_units'), coverage.uncoveredUnits)}
        {section(
          translate('trident.org_chart.rising_without_owner'),
          coverage.risingStarsWithoutOwner,
        )}
        {section(translate('trident.org_chart.opponents'), coverage.highInfluenceOpponents)}
      </CardContent>
    </Card>
  );
}
