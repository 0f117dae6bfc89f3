export const formatNumber = (value: number) => new Intl.NumberFormat().format(value);

export const formatPercent = (ratio: number | null | undefined, digits = 1) =>
  ratio === null || ratio === undefined ? '—' : `${(ratio * 100).toFixed(digits)}%`;

export const formatDateTime = (iso: string) => new Date(iso).toLocaleString();
