import * as React from 'react';

import { Field, Flex, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';

import { Conversations } from '../components/Conversations';
import { DeadLetters } from '../components/DeadLetters';
import { Section } from '../components/Section';
import { SettingsForm } from '../components/SettingsForm';
import { StatusPanel } from '../components/StatusPanel';
import { useAdminGet, useCan } from '../hooks/useAdminRequest';
import { PERMISSIONS } from '../permissions';
import type { Overview } from '../types';

/** The WhatsApp bot for the admin's communities: status, dead letters, conversations, settings. */
export const WhatsappPage = () => {
  const { state: overview, reload } = useAdminGet<Overview>('/whatsapp-bot/overview');
  const canManage = useCan(PERMISSIONS.manage);
  const [community, setCommunity] = React.useState<number | undefined>(undefined);

  if (overview.status === 'loading') return <Page.Loading />;
  if (overview.status === 'forbidden') return <Page.NoPermissions />;
  if (overview.status === 'error') return <Page.Error />;
  const { communities } = overview.data;
  const names = new Map(communities.map((entry) => [entry.id, entry.name]));
  const selected = community ?? communities[0]?.id;

  return (
    <Page.Main>
      <Page.Title>WhatsApp bot</Page.Title>
      <Layouts.Header title="WhatsApp bot" subtitle="How members reach your directory on WhatsApp" />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Section title="Status" testId="wa-status">
            <StatusPanel overview={overview.data} />
          </Section>
          <Section title="Dead letters" subtitle="Replies that could not be sent after every retry." testId="wa-dead-letters">
            <DeadLetters canRetry={Boolean(canManage)} onRetried={reload} />
          </Section>
          <Section title="Recent conversations" subtitle="Members who wrote in the last 7 days." testId="wa-conversations">
            <Conversations communityNames={names} />
          </Section>
          {selected !== undefined ? (
            <Section title="Settings" subtitle="Per community." testId="wa-settings-section">
              {communities.length > 1 ? (
                <Field.Root name="community">
                  <Field.Label>Community</Field.Label>
                  <SingleSelect value={String(selected)} onChange={(value: string | number) => setCommunity(Number(value))}>
                    {communities.map((entry) => (
                      <SingleSelectOption key={entry.id} value={String(entry.id)}>
                        {entry.name}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                </Field.Root>
              ) : null}
              <SettingsForm key={selected} communityId={selected} canEdit={Boolean(canManage)} />
            </Section>
          ) : (
            <Page.NoData />
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
