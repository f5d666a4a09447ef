import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import HomeIcon from '@mui/icons-material/Home';
import LockIcon from '@mui/icons-material/Lock';
import { Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { Link, useNavigate } from 'react-router-dom';

/**
 * What a person sees on a page their role may not use (react-admin's access-denied route, and
 * the console's own pages through RequireAccess): why, in their language, and a way back.
 * `backSteps`: how many history entries lead back to where they came from.
 */
export function AccessDeniedPage({ backSteps = 1 }: { backSteps?: number }) {
  const translate = useTranslate();
  const navigate = useNavigate();
  // Opened in a fresh tab there is nothing to go back to: back means home.
  const back = () => (window.history.length > backSteps ? navigate(-backSteps) : navigate('/'));
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', mt: { xs: 2, md: 6 } }}>
      <Title title={translate('trident.access.title')} />
      <Card sx={{ maxWidth: 560, width: '100%' }} data-testid="access-denied">
        <CardContent sx={{ textAlign: 'center', py: 4 }}>
          <LockIcon sx={{ fontSize: 48, color: 'text.secondary' }} />
          <Typography variant="h5" component="h1" sx={{ mt: 2 }}>
            {translate('trident.access.title')}
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1, mb: 3 }}>
            {translate('trident.access.body')}
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
 * react-admin's access-denied route: it was reached by a redirect from the denied address,
 * which is itself one entry of the history.
 */
export const RedirectedAccessDenied = () => <AccessDeniedPage backSteps={2} />;
