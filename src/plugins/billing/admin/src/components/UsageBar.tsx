import { Box } from '@strapi/design-system';

type Props = {
  /** How much is used (or done); shown as the share of `max`. */
  value: number;
  max: number;
  /** What a screen reader says for the bar, e.g. "8 of 10 searches". */
  valueText: string;
  label: string;
  tone?: 'danger' | 'warning';
  testId?: string;
};

/**
 * A usage or progress bar on a light page: a light track with a coloured fill as wide as the share,
 * announced with its value. The design system's ProgressBar (2.2.4) is made for dark surfaces (dark
 * track, white fill, so "0 of 100" looks full) and does not hand `value` to its progressbar role,
 * so screen readers hear an indeterminate bar.
 */
export const UsageBar = ({ value, max, valueText, label, tone, testId }: Props) => {
  const now = Math.max(0, Math.min(value, max));
  const share = max > 0 ? (now / max) * 100 : 0;
  return (
    <Box
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={now}
      aria-valuetext={valueText}
      data-testid={testId}
      background="neutral150"
      hasRadius
      overflow="hidden"
      width="100%"
      height="0.8rem"
    >
      <Box
        data-testid={testId ? `${testId}-fill` : undefined}
        background={tone === 'danger' ? 'danger600' : tone === 'warning' ? 'warning500' : 'primary600'}
        hasRadius
        height="100%"
        style={{ width: `${share}%` }}
      />
    </Box>
  );
};
