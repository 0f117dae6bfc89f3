import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';

import { formatDateTime, formatNumber } from '../utils/format';

export type QueryRow = {
  query: string;
  searches: number;
  avgResults: number;
  lastSearchedAt: string;
  /** Zero-result queries in one community's view: a synonym the admin could add (Settings → synonyms). */
  suggestedSynonym?: { term: string; canonical: string[] } | null;
};

type QueryTableProps = { rows: QueryRow[]; caption: string; testId: string; showResults?: boolean; showSuggestions?: boolean };

/** Most frequent queries; `testId` names the table for tests and screen readers alike. */
export const QueryTable = ({ rows, caption, testId, showResults = true, showSuggestions = false }: QueryTableProps) => {
  const columns = 3 + (showResults ? 1 : 0) + (showSuggestions ? 1 : 0);
  return (
    <Table colCount={columns} rowCount={rows.length + 1} data-testid={testId} aria-label={caption}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">Query</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">Searches</Typography>
          </Th>
          {showResults ? (
            <Th>
              <Typography variant="sigma">Avg. results</Typography>
            </Th>
          ) : null}
          <Th>
            <Typography variant="sigma">Last searched</Typography>
          </Th>
          {showSuggestions ? (
            <Th>
              <Typography variant="sigma">Suggested synonym</Typography>
            </Th>
          ) : null}
        </Tr>
      </Thead>
      <Tbody>
        {rows.length === 0 ? (
          <Tr>
            <Td colSpan={columns}>
              <Typography textColor="neutral600">None in this range.</Typography>
            </Td>
          </Tr>
        ) : (
          rows.map((row) => (
            <Tr key={row.query}>
              <Td>
                <Typography fontWeight="semiBold">{row.query}</Typography>
              </Td>
              <Td>
                <Typography>{formatNumber(row.searches)}</Typography>
              </Td>
              {showResults ? (
                <Td>
                  <Typography>{row.avgResults}</Typography>
                </Td>
              ) : null}
              <Td>
                <Typography textColor="neutral600">{formatDateTime(row.lastSearchedAt)}</Typography>
              </Td>
              {showSuggestions ? (
                <Td>
                  <Typography textColor="neutral600">
                    {row.suggestedSynonym ? `"${row.suggestedSynonym.term}" → ${row.suggestedSynonym.canonical.join(', ')}` : '—'}
                  </Typography>
                </Td>
              ) : null}
            </Tr>
          ))
        )}
      </Tbody>
    </Table>
  );
};
