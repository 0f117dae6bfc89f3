import * as React from 'react';

import { Badge, Box, Button, Field, Flex, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Plus, Search } from '@strapi/icons';
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

/** The filter fields as an admin knows them (the member form's labels), not the schema's names. */
const FIELD_LABELS: Record<string, string> = {
  city: 'City',
  state: 'State',
  country: 'Country',
  skills: 'Skills',
  industry: 'Industry',
  designation: 'Role',
  organization: 'Organization',
  degree: 'Degree',
  branch: 'Branch',
  graduationYear: 'Graduation year',
  annualTurnoverInr: 'Annual turnover (₹)',
};
const PLACE_FIELDS = new Set(['city', 'state', 'country']);

export const fieldLabel = (field: string) => FIELD_LABELS[field] ?? field.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (first) => first.toUpperCase());

/** What search dropped to find anyone, in words: a place means "elsewhere", anything else "any …". */
const describeRelaxed = (field: string) =>
  PLACE_FIELDS.has(field)
    ? `Nobody in the ${fieldLabel(field).toLowerCase()} asked for: nearest matches elsewhere are shown.`
    : `Nobody with the ${fieldLabel(field).toLowerCase()} asked for: nearest matches with any ${fieldLabel(field).toLowerCase()} are shown.`;

const describeFilter = (value: unknown): string => {
  if (Array.isArray(value)) return value.join(', ');
  if (value && typeof value === 'object') {
    const { min, max } = value as { min?: number; max?: number };
    return min !== undefined && max !== undefined ? (min === max ? String(min) : `${min}–${max}`) : min !== undefined ? `≥ ${min}` : `≤ ${max}`;
  }
  return String(value);
};

/**
 * Runs a query as members would, showing how it was read (filters, parser), what search had to drop
 * to find anyone (`meta.relaxed`), when nothing came close (`meta.noCloseMatch`), and who it finds.
 * `onAddSynonym` starts a synonym from the words search did not recognise.
 */
export const TestQueryBox = ({ communityId, onAddSynonym }: { communityId: number; onAddSynonym?: (term: string) => void }) => {
  const { post } = useFetchClient();
  const [query, setQuery] = React.useState('');
  const [running, setRunning] = React.useState(false);
  const [result, setResult] = React.useState<{ query: string; data: Hit[]; meta: Meta } | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);

  const run = async (event?: React.FormEvent) => {
    event?.preventDefault();
    if (query.trim() === '') return;
    setRunning(true);
    setFailure(null);
    try {
      const response = await post<{ data: Hit[]; meta: Meta }>('/community-search/test-query', { community: communityId, q: query });
      setResult({ query: query.trim(), ...response.data });
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
              // Not a Badge: it upper-cases its text ("GRADUATIONYEAR").
              <Box key={field} background="primary100" hasRadius paddingLeft={2} paddingRight={2} paddingTop={1} paddingBottom={1} data-testid={`cs-test-query-filter-${field}`}>
                <Typography variant="pi" fontWeight="bold" textColor="primary700">{`${fieldLabel(field)}: ${describeFilter(value)}`}</Typography>
              </Box>
            ))}
            {result.meta.parsed.text ? (
              <Box background="neutral150" hasRadius paddingLeft={2} paddingRight={2} paddingTop={1} paddingBottom={1} data-testid="cs-test-query-words">
                <Typography variant="pi" textColor="neutral700">{`Other words: ${result.meta.parsed.text}`}</Typography>
              </Box>
            ) : null}
          </Flex>
          {result.meta.relaxed.length > 0 ? (
            <Box background="warning100" hasRadius padding={3} data-testid="cs-test-query-relaxed">
              {result.meta.relaxed.map((field) => (
                <Typography key={field} tag="p" textColor="warning700">
                  {describeRelaxed(field)}
                </Typography>
              ))}
            </Box>
          ) : null}
          {result.meta.noCloseMatch ? (
            <Box background="danger100" hasRadius padding={3} data-testid="cs-test-query-no-close-match">
              <Typography tag="p" textColor="danger700">
                No close match: nobody in the directory fits this question. If your members use other words for it, add a synonym.
              </Typography>
            </Box>
          ) : null}
          <Flex gap={3} wrap="wrap">
            <Typography data-testid="cs-test-query-total">
              {result.meta.noCloseMatch ? 'Nobody found' : `${result.meta.total} found in ${result.meta.tookMs} ms`}
            </Typography>
            {/* Only when some words were not understood (or nothing came close): a fully read query needs no synonym. */}
            {onAddSynonym && (result.meta.parsed.text || result.meta.noCloseMatch) ? (
              <Button variant="tertiary" size="S" startIcon={<Plus />} onClick={() => onAddSynonym(result.meta.parsed.text || result.query)} data-testid="cs-test-query-add-synonym">
                {`Add a synonym for “${result.meta.parsed.text || result.query}”`}
              </Button>
            ) : null}
          </Flex>
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
