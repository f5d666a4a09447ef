import SearchIcon from '@mui/icons-material/Search';
import {
  Autocomplete,
  Box,
  Dialog,
  DialogContent,
  IconButton,
  InputAdornment,
  TextField,
  Tooltip,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { retryNetworkErrors, useApi } from '../providers/api';
import { errorText } from '../providers/api-error';
import { SEARCH } from './search.graphql';
import {
  groupedHits,
  SEARCH_MAX_LENGTH,
  SEARCH_PER_KIND,
  searchHitPath,
  searchText,
  type SearchHit,
} from './search-hits';

/** Typing pauses this long before the API is asked. */
const DEBOUNCE_MS = 250;

/** The text to search for, once typing pauses. */
function useSettled(input: string): string | null {
  const [settled, setSettled] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(searchText(input)), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [input]);
  return settled;
}

/**
 * Accounts, contacts, deals and contracts by a part of their name (the API's `search`, in the
 * caller's scope), grouped by kind. Arrow keys move through the hits, Enter opens one, Escape
 * closes the list.
 */
function SearchField({ onOpened, autoFocus }: { onOpened?: () => void; autoFocus?: boolean }) {
  const translate = useTranslate();
  const navigate = useNavigate();
  const api = useApi();
  const [input, setInput] = useState('');
  const [open, setOpen] = useState(false);
  const text = useSettled(input);
  const typed = searchText(input);
  const { data, isFetching, error } = useQuery({
    queryKey: ['search', text],
    enabled: text !== null,
    queryFn: () => api.query(SEARCH, { text: text!, first: SEARCH_PER_KIND }),
    retry: retryNetworkErrors,
    // Keep the last hits on screen while the next text is asked for.
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const hits = useMemo(() => (typed ? groupedHits(data?.search ?? []) : []), [data, typed]);
  const waiting = typed !== null && (typed !== text || isFetching);
  return (
    <Autocomplete<SearchHit, false, false, false>
      options={hits}
      // The API has matched already: show what it found, in its order.
      filterOptions={(options) => options}
      groupBy={(hit) => translate(`trident.search.kinds.${hit.kind}`)}
      getOptionLabel={(hit) => hit.name}
      isOptionEqualToValue={(a, b) => a.kind === b.kind && a.id === b.id}
      value={null}
      inputValue={input}
      onInputChange={(_event, value, reason) => {
        if (reason !== 'reset') setInput(value.slice(0, SEARCH_MAX_LENGTH));
      }}
      onChange={(_event, hit) => {
        if (!hit) return;
        setInput('');
        setOpen(false);
        navigate(searchHitPath(hit));
        onOpened?.();
      }}
      open={open && typed !== null}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      loading={waiting && hits.length === 0}
      loadingText={translate('trident.search.searching')}
      noOptionsText={
        error ? errorText(error) : translate('trident.search.nothing', { text: typed ?? '' })
      }
      autoHighlight
      forcePopupIcon={false}
      clearOnBlur={false}
      handleHomeEndKeys={false}
      renderOption={({ key, ...props }, hit) => (
        <Box component="li" key={key} {...props} data-testid="search-hit">
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="body2" noWrap>
              {hit.name}
            </Typography>
            <Typography variant="caption" sx={{ color: 'text.secondary' }} noWrap component="div">
              {[hit.detail, hit.kind === 'ACCOUNT' ? null : hit.accountName]
                .filter(Boolean)
                .join(' · ')}
            </Typography>
          </Box>
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          variant="outlined"
          size="small"
          autoFocus={autoFocus}
          placeholder={translate('trident.search.placeholder')}
          slotProps={{
            ...params.slotProps,
            input: {
              ...params.slotProps.input,
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
            },
            htmlInput: {
              ...params.slotProps.htmlInput,
              'aria-label': translate('trident.search.placeholder'),
              'data-testid': 'global-search',
            },
          }}
          sx={{
            '& .MuiOutlinedInput-root': { bgcolor: 'background.paper', borderRadius: 1 },
          }}
        />
      )}
      slotProps={{ listbox: { sx: { maxHeight: '70vh' } } }}
      sx={{ width: '100%' }}
    />
  );
}

/**
 * The top bar's search box; on a phone a button that opens it over the page, so the bar keeps
 * room for the title and the menu.
 */
export function GlobalSearch() {
  const translate = useTranslate();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [open, setOpen] = useState(false);
  if (!phone) {
    return (
      // Wide only on wide screens: at 1280 px a record's page title ("编辑续约：…分公司 2026…")
      // was cut behind a 420 px box.
      <Box sx={{ width: { sm: 240, md: 300, lg: 340, xl: 420 }, mx: 1 }}>
        <SearchField />
      </Box>
    );
  }
  return (
    <>
      <Tooltip title={translate('trident.search.placeholder')}>
        <IconButton
          color="inherit"
          onClick={() => setOpen(true)}
          aria-label={translate('trident.search.placeholder')}
          data-testid="global-search-button"
        >
          <SearchIcon />
        </IconButton>
      </Tooltip>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        fullWidth
        slotProps={{ paper: { sx: { alignSelf: 'flex-start', mt: 2, mx: 1, width: '100%' } } }}
      >
        <DialogContent sx={{ p: 1.5 }}>
          <SearchField autoFocus onOpened={() => setOpen(false)} />
        </DialogContent>
      </Dialog>
    </>
  );
}
