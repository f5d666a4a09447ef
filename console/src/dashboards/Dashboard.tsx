import { Button, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Loading, Title, useDefaultTitle, useGetIdentity, useTranslate } from 'react-admin';

/** Placeholder home page until the role dashboards land: who am I, where to start. */
export function Dashboard() {
  const { data: identity, isPending } = useGetIdentity();
  const translate = useTranslate();
  // A custom page sets its own app bar title; the Admin's title ("Trident") serves here.
  const appTitle = useDefaultTitle();
  if (isPending) return <Loading />;
  const roles = (identity?.roles as string[] | undefined) ?? [];
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={appTitle} />
      <CardContent>
        <Typography variant="h5" gutterBottom>
          {translate('trident.dashboard.greeting', { name: identity?.fullName ?? '' })}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
          {roles.map((role) => (
            <Chip key={role} label={translate(`trident.roles.${role}`)} />
          ))}
        </Stack>
        <Typography variant="body1" sx={{ mb: 2 }}>
          {translate('trident.dashboard.intro')}
        </Typography>
        <Button variant="contained" component={Link} to="/accounts">
          {translate('trident.dashboard.open_accounts')}
        </Button>
      </CardContent>
    </Card>
  );
}
