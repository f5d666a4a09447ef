import { Box, LinearProgress, Typography, type SxProps, type Theme } from '@mui/material';

/** One coverage share (seed 003) as "label: 75% (6/8)" over a bar coloured by how thin it is. */
export function CoverageShare({
  label,
  value,
  covered,
  total,
  sx,
  barSx,
}: {
  label: string;
  value: number;
  covered: number;
  total: number;
  sx?: SxProps<Theme>;
  barSx?: SxProps<Theme>;
}) {
  return (
    <Box sx={sx}>
      <Typography variant="body2">
        {label}: <strong>{Math.round(value * 100)}%</strong> ({covered}/{total})
      </Typography>
      <LinearProgress
        variant="determinate"
        value={value * 100}
        color={value >= 0.8 ? 'success' : value >= 0.5 ? 'warning' : 'error'}
        sx={barSx}
      />
    </Box>
  );
}
