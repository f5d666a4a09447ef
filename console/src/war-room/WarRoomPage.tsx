import { Box } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { ContractsSection } from './ContractsSection';
import { CoverageSection } from './CoverageSection';
import { OpportunitiesSection } from './OpportunitiesSection';
import { PlanSection } from './PlanSection';
import { TeamSection } from './TeamSection';
import { TimelineSection } from './TimelineSection';
import { CoolingSection } from '../rhythm/CoolingList';
import { RiskSection } from '../risks/RiskSection';
import { SurveyScorePanel } from '../surveys/SurveyScorePanel';
import { MissingRecordPage } from '../access/DeadEndPages';
import { retryNetworkErrors, useApi } from '../providers/api';
import { WAR_ROOM_ACCOUNT } from './war-room.graphql';
import { WarRoomHeader } from './WarRoomHeader';

const wide = { gridColumn: '1 / -1' };

/**
 * One customer on one screen for the iron triangle: who they are, our team, relationship
 * coverage, the plan, open deals in the customer's approval chains, collections and the
 * history. Every section runs its own query, so one failing never blanks the others.
 */
export function WarRoomPage() {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const api = useApi();
  const account = useQuery({
    queryKey: ['warRoom', 'account', id],
    retry: retryNetworkErrors,
    queryFn: () => api.query(WAR_ROOM_ACCOUNT, { id }).then((data) => data.account),
  });
  const title = account.data
    ? translate('trident.war_room.title_with', { name: account.data.name })
    : translate('trident.war_room.title');
  if (account.isSuccess && !account.data) return <MissingRecordPage />;
  return (
    <Box
      data-testid="war-room"
      sx={{
        mt: 1,
        mb: 2,
        display: 'grid',
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' },
        gap: 2,
        alignItems: 'stretch',
        minWidth: 0,
        '& > *': { minWidth: 0 },
      }}
    >
      <Title title={title} />
      <Box sx={wide}>
        <WarRoomHeader accountId={id} account={account.data} error={account.error} />
      </Box>
      <TeamSection team={account.data?.team} isPending={account.isPending} error={account.error} />
      <PlanSection accountId={id} />
      <Box sx={wide}>
        <OpportunitiesSection accountId={id} />
      </Box>
      <CoverageSection accountId={id} />
      <ContractsSection accountId={id} />
      <CoolingSection accountId={id} />
      <RiskSection accountId={id} />
      <Box sx={wide}>
        <SurveyScorePanel accountId={id} />
      </Box>
      <Box sx={wide}>
        <TimelineSection accountId={id} />
      </Box>
    </Box>
  );
}
