import { Box, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useGetIdentity, useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useApi } from '../providers/api';
import { stageName } from '../resources/funnel-stages/stage-name';
import { StanceChip } from '../war-room/StanceChip';
import { CountRow, CountTile } from './CountTile';
import { solutionDesk } from './desks';
import { SOLUTION_DESK, STAGES } from './desks.graphql';
import { DeskList } from './DeskList';
import { WidgetCard } from './WidgetCard';

/**
 * The SR's desk: deals in the discovery and solution stages on my teams, my solution and
 * bid work, trials, the technical gatekeepers and where they stand, and new needs that the
 * field reported (seed 000: the solution side owns needs and the technical relationship).
 */
export function SolutionDeskWidget() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: identity } = useGetIdentity();
  const userId = identity?.id ? String(identity.id) : '';
  const api = useApi();
  const { data, isPending, error } = useQuery({
    queryKey: ['desk', 'solution', userId],
    enabled: !!userId,
    queryFn: async () => {
      const { funnelStages } = await api.query(STAGES);
      const desk = solutionDesk(userId, funnelStages, new Date());
      return { desk, result: await api.query(SOLUTION_DESK, desk.variables) };
    },
  });
  const links = data?.desk.links;
  const result = data?.result;
  return (
    <WidgetCard
      title="trident.desk.solution"
      testId="solution-desk"
      isPending={isPending}
      error={error}
      empty={false}
    >
      {result && links && (
        <>
          <CountRow>
            <CountTile
              value={result.deals.totalCount}
              label="trident.desk.solution_deals"
              to={links.deals}
              testId="count-solution-deals"
            />
            <CountTile
              value={result.solution.totalCount}
              label="trident.desk.solution_tasks"
              to={links.solution}
              testId="count-solution-tasks"
            />
            <CountTile
              value={result.bid.totalCount}
              label="trident.desk.bid_tasks"
              to={links.bid}
              testId="count-bid-tasks"
            />
            <CountTile
              value={result.trials.totalCount}
              label="trident.desk.trials"
              to={links.trials}
              testId="count-trials"
            />
            <CountTile
              value={result.gatekeepers.totalCount}
              label="trident.desk.gatekeepers"
              to={links.gatekeepers}
              testId="count-gatekeepers"
            />
            <CountTile
              value={result.needs.totalCount}
              label="trident.desk.new_needs"
              to={links.needs}
              testId="count-new-needs"
            />
          </CountRow>
          <Box
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' },
              gap: 2,
            }}
          >
            <DeskList
              title="trident.desk.solution_deals"
              items={result.deals.nodes.map((deal) => ({
                key: deal.id,
                to: `/opportunities/${deal.id}/show`,
                primary: deal.name,
                secondary: [
                  deal.account?.name,
                  stageName(deal.stage, locale),
                  translate('trident.desk.days', { n: deal.daysInStage }),
                ]
                  .filter(Boolean)
                  .join(' · '),
              }))}
            />
            <Box>
              <Typography variant="subtitle2" sx={{ mt: 1 }}>
                {translate('trident.desk.gatekeepers')}
              </Typography>
              {result.gatekeepers.nodes.length === 0 ? (
                <Typography variant="body2" sx={{ color: 'text.secondary', py: 1 }}>
                  {translate('trident.desk.none')}
                </Typography>
              ) : (
                result.gatekeepers.nodes.map((contact) => (
                  <Stack
                    key={contact.id}
                    direction="row"
                    spacing={1}
                    sx={{ alignItems: 'center', py: 0.5 }}
                  >
                    <Box sx={{ flexGrow: 1, minWidth: 0 }}>
                      {/* Contacts are read on their customer's org chart. */}
                      {contact.account ? (
                        <Link to={`/accounts/${contact.account.id}/org-chart`}>{contact.name}</Link>
                      ) : (
                        contact.name
                      )}
                      <Typography variant="caption" sx={{ color: 'text.secondary', ml: 1 }}>
                        {[contact.title, contact.account?.name].filter(Boolean).join(' · ')}
                      </Typography>
                    </Box>
                    {contact.stance && <StanceChip stance={contact.stance} />}
                  </Stack>
                ))
              )}
            </Box>
          </Box>
        </>
      )}
    </WidgetCard>
  );
}
