import * as React from 'react';

import { Badge, Box, Button, Field, Flex, Grid, LinkButton, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { Layouts, Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';

import { CommunityPicker, useCommunities } from '../components/CommunityPicker';
import { QueryTable, type QueryRow } from '../components/QueryTable';
import { VolumeChart, type VolumePoint } from '../components/VolumeChart';
import { browserOffsetMinutes, errorMessage, useAdminGet } from '../hooks/useAdminGet';
import { useCan } from '../hooks/useCan';
import { PERMISSIONS } from '../permissions';
import { attachmentName, saveBlob } from '../utils/download';
import { formatNumber, formatPercent } from '../utils/format';

type Overview = {
  range: { from: string; to: string; days: number };
  totals: { searches: number; zeroResults: number; zeroResultRate: number | null; avgLatencyMs: number | null; p95LatencyMs: number | null };
  volume: VolumePoint[];
  parsers: Array<{ parser: string; searches: number; avgLatencyMs: number }>;
  channels: Array<{ channel: string; searches: number }>;
  topQueries: QueryRow[];
  zeroResultQueries: QueryRow[];
};

const localDate = (date: Date) => new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
const daysAgo = (days: number) => localDate(new Date(Date.now() - days * 86_400_000));
const PRESETS = [7, 30, 90];
const CHANNEL_NAMES: Record<string, string> = { api: 'API', whatsapp: 'WhatsApp' };

const Card = ({ children, testId }: { children: React.ReactNode; testId?: string }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} data-testid={testId}>
    {children}
  </Box>
);

const Stat = ({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId: string }) => (
  <Card>
    <Typography variant="sigma" textColor="neutral600">
      {label}
    </Typography>
    <Typography variant="alpha" tag="p" data-testid={testId}>
      {value}
    </Typography>
    {hint ? (
      <Typography variant="pi" textColor="neutral500">
        {hint}
      </Typography>
    ) : null}
  </Card>
);

/** Search analytics: volume over time, top and zero-result queries, parsers, latency, channels. */
export const AnalyticsPage = () => {
  const communities = useCommunities();
  const [community, setCommunity] = React.useState<number | undefined>(undefined);
  const [from, setFrom] = React.useState(daysAgo(29));
  const [to, setTo] = React.useState(localDate(new Date()));
  const [exporting, setExporting] = React.useState(false);
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const canExport = useCan(PERMISSIONS.analyticsExport);
  const params = { ...(community === undefined ? {} : { community }), from, to, tz: browserOffsetMinutes() };
  const overview = useAdminGet<Overview>(communities.status === 'ok' ? '/community-search/analytics' : null, params);

  const exportCsv = async () => {
    setExporting(true);
    try {
      const response = await get<Blob>('/community-search/analytics/export', { params, responseType: 'blob' });
      saveBlob(response.data, attachmentName(response.headers, 'search-log.csv'));
    } catch (error) {
      toggleNotification({ type: 'danger', message: `Export failed: ${errorMessage(error)}` });
    } finally {
      setExporting(false);
    }
  };

  if (communities.status === 'loading') return <Page.Loading />;
  if (communities.status === 'forbidden') return <Page.NoPermissions />;
  if (communities.status === 'error') return <Page.Error />;

  const totalChannels = overview.status === 'ok' ? overview.data.channels.reduce((sum, row) => sum + row.searches, 0) : 0;

  return (
    <Page.Main>
      <Page.Title>Search analytics</Page.Title>
      <Layouts.Header
        title="Search analytics"
        subtitle="What members look for, what finds nobody, and how search performs"
        primaryAction={
          canExport ? (
            <Button startIcon={<Download />} onClick={exportCsv} loading={exporting} data-testid="cs-export-log">
              Export log (CSV)
            </Button>
          ) : undefined
        }
        secondaryAction={
          <LinkButton tag={Link} to="../settings" variant="tertiary">
            Search settings
          </LinkButton>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <CommunityPicker
              communities={communities.data}
              value={community}
              onChange={setCommunity}
              allowAll
              isSuperAdmin={Boolean(communities.meta.isSuperAdmin)}
            />
            <Field.Root name="from">
              <Field.Label>From</Field.Label>
              <TextInput type="date" value={from} max={to} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setFrom(event.target.value)} />
            </Field.Root>
            <Field.Root name="to">
              <Field.Label>To</Field.Label>
              <TextInput type="date" value={to} min={from} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setTo(event.target.value)} />
            </Field.Root>
            {PRESETS.map((days) => (
              <Button
                key={days}
                variant="tertiary"
                onClick={() => {
                  setFrom(daysAgo(days - 1));
                  setTo(localDate(new Date()));
                }}
              >
                {`Last ${days} days`}
              </Button>
            ))}
          </Flex>

          {overview.status === 'loading' ? <Page.Loading /> : null}
          {overview.status === 'error' ? (
            <Card testId="cs-analytics-error">
              <Typography textColor="danger600">{overview.message}</Typography>
            </Card>
          ) : null}
          {overview.status === 'forbidden' ? <Page.NoPermissions /> : null}
          {overview.status === 'ok' ? (
            <>
              <Grid.Root gap={4}>
                <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
                  <Stat label="Searches" value={formatNumber(overview.data.totals.searches)} hint={`${overview.data.range.days} days`} testId="cs-total-searches" />
                </Grid.Item>
                <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
                  <Stat
                    label="Found nobody"
                    value={formatPercent(overview.data.totals.zeroResultRate)}
                    hint={`${formatNumber(overview.data.totals.zeroResults)} searches`}
                    testId="cs-zero-rate-range"
                  />
                </Grid.Item>
                <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
                  <Stat
                    label="Average latency"
                    value={overview.data.totals.avgLatencyMs === null ? '—' : `${overview.data.totals.avgLatencyMs} ms`}
                    hint={overview.data.totals.p95LatencyMs === null ? undefined : `95% within ${overview.data.totals.p95LatencyMs} ms`}
                    testId="cs-avg-latency"
                  />
                </Grid.Item>
                <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
                  <Card testId="cs-channels">
                    <Typography variant="sigma" textColor="neutral600">
                      Channels
                    </Typography>
                    {overview.data.channels.map((row) => (
                      <Flex key={row.channel} justifyContent="space-between" data-testid={`cs-channel-${row.channel}`}>
                        <Typography>{CHANNEL_NAMES[row.channel] ?? row.channel}</Typography>
                        <Typography fontWeight="bold">
                          {`${formatNumber(row.searches)} (${formatPercent(totalChannels === 0 ? null : row.searches / totalChannels, 0)})`}
                        </Typography>
                      </Flex>
                    ))}
                  </Card>
                </Grid.Item>
              </Grid.Root>

              <Card>
                <Typography variant="delta" tag="h2">
                  Searches per day
                </Typography>
                {overview.data.totals.searches === 0 ? (
                  <Box paddingTop={4} data-testid="cs-volume-empty">
                    <Typography textColor="neutral600">No searches in this range.</Typography>
                  </Box>
                ) : (
                  <VolumeChart points={overview.data.volume} />
                )}
              </Card>

              <Grid.Root gap={4}>
                <Grid.Item col={6} xs={12} direction="column" alignItems="stretch">
                  <Card>
                    <Typography variant="delta" tag="h2">
                      Top queries
                    </Typography>
                    <QueryTable rows={overview.data.topQueries} caption="Top queries" testId="cs-top-queries" />
                  </Card>
                </Grid.Item>
                <Grid.Item col={6} xs={12} direction="column" alignItems="stretch">
                  <Card>
                    <Flex justifyContent="space-between">
                      <Typography variant="delta" tag="h2">
                        Queries that found nobody
                      </Typography>
                      <LinkButton tag={Link} to="../settings" variant="tertiary" size="S">
                        Add synonyms
                      </LinkButton>
                    </Flex>
                    <QueryTable rows={overview.data.zeroResultQueries} caption="Queries that found nobody" testId="cs-zero-queries" showResults={false} showSuggestions />
                  </Card>
                </Grid.Item>
              </Grid.Root>

              <Card testId="cs-parsers">
                <Typography variant="delta" tag="h2">
                  Query parsers
                </Typography>
                <Table colCount={3} rowCount={overview.data.parsers.length + 1}>
                  <Thead>
                    <Tr>
                      <Th>
                        <Typography variant="sigma">Parser</Typography>
                      </Th>
                      <Th>
                        <Typography variant="sigma">Searches</Typography>
                      </Th>
                      <Th>
                        <Typography variant="sigma">Avg. latency</Typography>
                      </Th>
                    </Tr>
                  </Thead>
                  <Tbody>
                    {overview.data.parsers.map((row) => (
                      <Tr key={row.parser}>
                        <Td>
                          <Badge>{row.parser}</Badge>
                        </Td>
                        <Td>
                          <Typography>{formatNumber(row.searches)}</Typography>
                        </Td>
                        <Td>
                          <Typography>{`${row.avgLatencyMs} ms`}</Typography>
                        </Td>
                      </Tr>
                    ))}
                  </Tbody>
                </Table>
              </Card>
            </>
          ) : null}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
