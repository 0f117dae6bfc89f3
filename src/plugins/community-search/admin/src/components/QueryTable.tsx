import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';

import { formatDateTime, formatNumber } from '../utils/format';

export type QueryRow = { query: string; searches: number; avgResults: number; lastSearchedAt: string };

/** Most frequent queries; `testId` names the table for tests and screen readers alike. */
export const QueryTable = ({ rows, caption, testId, showResults = true }: { rows: QueryRow[]; caption: string; testId: string; showResults?: boolean }) => (
  <Table colCount={showResults ? 4 : 3} rowCount={rows.length + 1} data-testid={testId} aria-label={caption}>
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
      </Tr>
    </Thead>
    <Tbody>
      {rows.length === 0 ? (
        <Tr>
          <Td colSpan={showResults ? 4 : 3}>
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
          </Tr>
        ))
      )}
    </Tbody>
  </Table>
);
