import * as React from 'react';

import { Box, Flex, Typography } from '@strapi/design-system';

export const Section = ({ title, subtitle, children, testId }: { title: string; subtitle?: string; children: React.ReactNode; testId?: string }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} data-testid={testId}>
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Box>
        <Typography variant="delta" tag="h2">
          {title}
        </Typography>
        {subtitle ? (
          <Typography tag="p" variant="pi" textColor="neutral600">
            {subtitle}
          </Typography>
        ) : null}
      </Box>
      {children}
    </Flex>
  </Box>
);
