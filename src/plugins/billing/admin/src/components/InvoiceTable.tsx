import { Badge, Box, Flex, Link, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { ExternalLink, FilePdf } from '@strapi/icons';
import { useIntl } from 'react-intl';

import type { Invoice } from '../api';
import { useT } from '../hooks/useT';
import { formatDate, formatMoney } from '../utils/format';

const BADGES: Record<string, 'success' | 'warning' | 'danger' | 'neutral'> = {
  paid: 'success',
  open: 'warning',
  uncollectible: 'danger',
  void: 'neutral',
  draft: 'neutral',
};

/** The community's last invoices, with Stripe's hosted page and PDF. */
export const InvoiceTable = ({ invoices }: { invoices: Invoice[] }) => {
  const t = useT();
  const { locale } = useIntl();

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="delta" tag="h2">
          {t('invoices.title', 'Invoice history')}
        </Typography>
        {invoices.length === 0 ? (
          <Typography variant="omega" textColor="neutral600">
            {t('invoices.none', 'No invoices yet.')}
          </Typography>
        ) : (
          <Table colCount={5} rowCount={invoices.length + 1}>
            <Thead>
              <Tr>
                <Th>
                  <Typography variant="sigma">{t('invoices.number', 'Number')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('invoices.date', 'Date')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('invoices.amount', 'Amount')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('invoices.status', 'Status')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('invoices.links', 'Download')}</Typography>
                </Th>
              </Tr>
            </Thead>
            <Tbody>
              {invoices.map((invoice) => (
                <Tr key={invoice.id}>
                  <Td>
                    <Typography>{invoice.number ?? '—'}</Typography>
                  </Td>
                  <Td>
                    <Typography>{formatDate(invoice.created, locale)}</Typography>
                  </Td>
                  <Td>
                    <Typography>{formatMoney(invoice.total, invoice.currency, locale)}</Typography>
                  </Td>
                  <Td>
                    <Badge variant={BADGES[invoice.status ?? ''] ?? 'neutral'}>{invoice.status ?? '—'}</Badge>
                  </Td>
                  <Td>
                    <Flex gap={3}>
                      {invoice.hostedInvoiceUrl && (
                        <Link href={invoice.hostedInvoiceUrl} isExternal endIcon={<ExternalLink />}>
                          {t('invoices.view', 'View')}
                        </Link>
                      )}
                      {invoice.invoicePdf && (
                        <Link href={invoice.invoicePdf} isExternal startIcon={<FilePdf />}>
                          {t('invoices.pdf', 'PDF')}
                        </Link>
                      )}
                    </Flex>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </Flex>
    </Box>
  );
};
