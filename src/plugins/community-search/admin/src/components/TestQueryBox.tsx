import * as React from 'react';

import { Badge, Box, Button, Field, Flex, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Search } from '@strapi/icons';
import { useFetchClient } from '@strapi/strapi/admin';

import { errorMessage } from '../hooks/useAdminGet';

type Hit = { documentId: string; name: string; city: string | null; designation: string | null; organization: string | null; why: string[] };
type Meta = {
  total: number;
  tookMs: number;
  noCloseMatch: boolean;
  relaxed: string[];
  parsed: { parser: string; filters: Record<string, unknown>; text: string };
};

const describeFilter = (value: unknown): string => {
  if (Array.isArray(value)) return value.join(', ');
  if (value && typeof value === 'object') {
    const { min, max } = value as { min?: number; max?: number };
    return min !== undefined && max !== undefined ? (min === max ? String(min) : `${min}–${max}`) : min !== undefined ? `≥ ${min}` : `≤ ${max}`;
  }
  return String(value);
};

/** Runs a query as members would, showing how it was read (filters, parser) and who it finds. */
export const TestQueryBox = ({ communityId }: { communityId: number }) => {
  const { post } = useFetchClient();
  const [query, setQuery] = React.useState('');
  const [running, setRunning] = React.useState(false);
  const [result, setResult] = React.useState<{ data: Hit[]; meta: Meta } | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);

  const run = async (event?: React.FormEvent) => {
    event?.preventDefault();
    if (query.trim() === '') return;
    setRunning(true);
    setFailure(null);
    try {
      const response = await post<{ data: Hit[]; meta: Meta }>('/community-search/test-query', { community: communityId, q: query });
      setResult(response.data);
    } catch (error) {
      setResult(null);
      setFailure(errorMessage(error));
    } finally {
      setRunning(false);
    }
  };

  const filters = result ? Object.entries(result.meta.parsed.filters).filter(([, value]) => value !== undefined) : [];

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <form onSubmit={run}>
        <Flex gap={3} alignItems="flex-end">
          <Box flex="1">
            <Field.Root name="test-query" hint="Not logged and not counted against the quota.">
              <Field.Label>Try a query</Field.Label>
              <TextInput
                placeholder="skin doctor in Chennai"
                value={query}
                data-testid="cs-test-query-input"
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => setQuery(event.target.value)}
              />
              <Field.Hint />
            </Field.Root>
          </Box>
          <Button type="submit" startIcon={<Search />} loading={running} data-testid="cs-test-query-run">
            Search
          </Button>
        </Flex>
      </form>
      {failure ? <Typography textColor="danger600">{failure}</Typography> : null}
      {result ? (
        <Flex direction="column" alignItems="stretch" gap={3} data-testid="cs-test-query-result">
          <Flex gap={2} wrap="wrap">
            <Typography variant="sigma">Read as</Typography>
            <Badge data-testid="cs-test-query-parser">{`parser: ${result.meta.parsed.parser}`}</Badge>
            {filters.length === 0 ? <Typography textColor="neutral600">no filters</Typography> : null}
            {filters.map(([field, value]) => (
              <Badge key={field} backgroundColor="primary100" textColor="primary700" data-testid={`cs-test-query-filter-${field}`}>
                {`${field}: ${describeFilter(value)}`}
              </Badge>
            ))}
            {result.meta.parsed.text ? <Badge>{`words: ${result.meta.parsed.text}`}</Badge> : null}
          </Flex>
          {result.meta.relaxed.length > 0 ? (
            <Typography textColor="warning600">{`Nobody matched every filter; dropped: ${result.meta.relaxed.join(', ')}`}</Typography>
          ) : null}
          <Typography data-testid="cs-test-query-total">
            {result.meta.noCloseMatch ? 'Nobody close found' : `${result.meta.total} found in ${result.meta.tookMs} ms`}
          </Typography>
          {result.data.length > 0 ? (
            <Table colCount={3} rowCount={result.data.length + 1}>
              <Thead>
                <Tr>
                  <Th>
                    <Typography variant="sigma">Member</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">City</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">Why</Typography>
                  </Th>
                </Tr>
              </Thead>
              <Tbody>
                {result.data.map((hit) => (
                  <Tr key={hit.documentId}>
                    <Td>
                      <Typography fontWeight="semiBold">{hit.name}</Typography>
                      <Typography variant="pi" textColor="neutral600">
                        {[hit.designation, hit.organization].filter(Boolean).join(', ')}
                      </Typography>
                    </Td>
                    <Td>
                      <Typography>{hit.city ?? '—'}</Typography>
                    </Td>
                    <Td>
                      <Typography variant="pi">{hit.why.join('; ')}</Typography>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          ) : null}
        </Flex>
      ) : null}
    </Flex>
  );
};
