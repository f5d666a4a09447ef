import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import HomeIcon from '@mui/icons-material/Home';
import LockIcon from '@mui/icons-material/Lock';
import SearchOffIcon from '@mui/icons-material/SearchOff';
import { Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Title, useTranslate } from 'react-admin';
import { Link, useNavigate } from 'react-router-dom';

/**
 * A page that goes no further (no access, no such address): why, in the reader's language,
 * and a way back. `backSteps`: how many history entries lead back to where they came from.
 */
function DeadEnd({
  icon,
  title,
  body,
  backSteps = 1,
  testId,
}: {
  icon: ReactNode;
  title: string;
  body: string;
  backSteps?: number;
  testId: string;
}) {
  const translate = useTranslate();
  const navigate = useNavigate();
  // Opened in a fresh tab there is nothing to go back to: back means home.
  const back = () => (window.history.length > backSteps ? navigate(-backSteps) : navigate('/'));
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', mt: { xs: 2, md: 6 } }}>
      <Title title={translate(title)} />
      <Card sx={{ maxWidth: 560, width: '100%' }} data-testid={testId}>
        <CardContent sx={{ textAlign: 'center', py: 4 }}>
          {icon}
          <Typography variant="h5" component="h1" sx={{ mt: 2 }}>
            {translate(title)}
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1, mb: 3 }}>
            {translate(body)}
          </Typography>
          <Stack
            direction={{ xs: 'column', sm: 'row' }}
            spacing={1}
            sx={{ justifyContent: 'center' }}
          >
            <Button variant="outlined" startIcon={<ArrowBackIcon />} onClick={back}>
              {translate('trident.access.back')}
            </Button>
            <Button variant="contained" startIcon={<HomeIcon />} component={Link} to="/">
              {translate('trident.access.home')}
            </Button>
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
}

/**
 * What a person sees on a page their role may not use (react-admin's access-denied route, and
 * the console's own pages through RequireAccess).
 */
export function AccessDeniedPage({ backSteps = 1 }: { backSteps?: number }) {
  return (
    <DeadEnd
      icon={<LockIcon sx={{ fontSize: 48, color: 'text.secondary' }} />}
      title="trident.access.title"
      body="trident.access.body"
      backSteps={backSteps}
      testId="access-denied"
    />
  );
}

/**
 * react-admin's access-denied route: it was reached by a redirect from the denied address,
 * which is itself one entry of the history.
 */
export const RedirectedAccessDenied = () => <AccessDeniedPage backSteps={2} />;

const NOT_THERE = <SearchOffIcon sx={{ fontSize: 48, color: 'text.secondary' }} />;

/**
 * An address the console does not know. react-admin's own page adds an ASCII full stop after
 * its message ("网址有误，或链接已失效。.") and offers only "back".
 */
export const NotFoundPage = () => (
  <DeadEnd
    icon={NOT_THERE}
    title="trident.not_found.title"
    body="trident.not_found.body"
    testId="not-found"
  />
);

/**
 * A record that is not there for this reader — deleted, mistyped, or outside their accounts;
 * the API answers the same for all three, so that no one learns what exists beyond their scope.
 */
export const MissingRecordPage = () => (
  <DeadEnd
    icon={NOT_THERE}
    title="trident.not_found.record_title"
    body="trident.not_found.record_body"
    testId="record-not-found"
  />
);
