import { Box, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';

import { formatNumber } from '../../utils/format';

export type ImportReport = {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  errors: Array<{ row: number; field: string | null; message: string }>;
};

/** What an import did, and every row it refused with the spreadsheet row number and field. */
export const ImportResult = ({ report }: { report: ImportReport }) => (
  <Flex direction="column" alignItems="stretch" gap={4} data-testid="cs-import-result">
    <Flex gap={6}>
      {(
        [
          ['Created', report.created, 'created'],
          ['Updated', report.updated, 'updated'],
          ['Unchanged', report.unchanged, 'unchanged'],
          ['Skipped', report.skipped, 'skipped'],
        ] as const
      ).map(([label, value, key]) => (
        <Box key={key}>
          <Typography variant="sigma" textColor="neutral600">
            {label}
          </Typography>
          <Typography variant="beta" tag="p" data-testid={`cs-import-${key}`}>
            {formatNumber(value)}
          </Typography>
        </Box>
      ))}
    </Flex>
    {report.errors.length > 0 ? (
      <Box maxHeight="32rem" overflow="auto">
        <Table colCount={3} rowCount={report.errors.length + 1} data-testid="cs-import-errors">
          <Thead>
            <Tr>
              <Th>
                <Typography variant="sigma">Row</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">Field</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">Problem</Typography>
              </Th>
            </Tr>
          </Thead>
          <Tbody>
            {report.errors.map((error, index) => (
              <Tr key={`${error.row}-${error.field}-${index}`}>
                <Td>
                  <Typography>{error.row}</Typography>
                </Td>
                <Td>
                  <Typography>{error.field ?? '—'}</Typography>
                </Td>
                <Td>
                  <Typography>{error.message}</Typography>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </Box>
    ) : (
      <Typography textColor="success600">Every row was read without a problem.</Typography>
    )}
  </Flex>
);
