import { Box, Typography } from '@mui/material';
import {
  CreateButton,
  useCanAccess,
  useGetResourceLabel,
  useLocaleState,
  useResourceContext,
  useResourceDefinition,
  useTranslate,
} from 'react-admin';

/**
 * Every list's empty state (the theme makes it RaList's default): the resource's own icon,
 * "No <items> yet", what the page holds and how things come to be on it
 * (`resources.<name>.empty_help`, in en and zh for every list: i18n.test), and the create
 * button for those who may create.
 */
export function ListEmpty() {
  const translate = useTranslate();
  const resource = useResourceContext() ?? '';
  const { hasCreate, icon: Icon } = useResourceDefinition();
  const { canAccess: canCreate = false } = useCanAccess({ resource, action: 'create' });
  const [locale] = useLocaleState();
  const label = useGetResourceLabel()(resource, 0);
  // "No account plans yet", not "No Account plans yet"; an acronym ("BI tokens") stays.
  const name =
    locale === 'en' && /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
  const help = translate(`resources.${resource}.empty_help`, { _: '' });
  return (
    <Box
      sx={{ textAlign: 'center', mx: 'auto', my: { xs: 4, md: 8 }, maxWidth: 520, px: 2 }}
      data-testid="list-empty"
    >
      {Icon && <Icon sx={{ fontSize: 56, color: 'text.disabled' }} />}
      <Typography variant="h6" component="p" sx={{ mt: 1 }}>
        {translate(`resources.${resource}.empty`, { _: translate('ra.page.empty', { name }) })}
      </Typography>
      {help && (
        <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1 }}>
          {help}
        </Typography>
      )}
      {hasCreate && canCreate && (
        <Box sx={{ mt: 3 }}>
          <CreateButton variant="contained" />
        </Box>
      )}
    </Box>
  );
}
