import * as React from 'react';

import { Box, Flex, LinkButton, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';

import { CommunityPicker, useCommunities } from '../components/CommunityPicker';
import { GlobalSettingsForm, type SettingsAnswer } from '../components/GlobalSettingsForm';
import { ReindexPanel } from '../components/ReindexPanel';
import { SynonymsEditor } from '../components/SynonymsEditor';
import { TestQueryBox } from '../components/TestQueryBox';
import { useAdminGet } from '../hooks/useAdminGet';
import { useCan } from '../hooks/useCan';
import { PERMISSIONS } from '../permissions';
import { embeddingsInWords } from '../utils/embeddings-words';

const Section = ({ title, subtitle, children, testId }: { title: string; subtitle?: string; children: React.ReactNode; testId?: string }) => (
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

/** A community's synonyms, test queries and index; the global parser and embeddings for super admins. */
export const SettingsPage = () => {
  const communities = useCommunities();
  const settings = useAdminGet<SettingsAnswer>('/community-search/settings');
  const [community, setCommunity] = React.useState<number | undefined>(undefined);
  const [saved, setSaved] = React.useState<SettingsAnswer | null>(null);
  const canEditSynonyms = useCan(PERMISSIONS.synonymsUpdate);
  const canReindex = useCan(PERMISSIONS.reindex);
  const [synonymDraft, setSynonymDraft] = React.useState<{ id: number; term: string } | undefined>(undefined);

  if (communities.status === 'loading' || settings.status === 'loading') return <Page.Loading />;
  if (communities.status === 'forbidden' || settings.status === 'forbidden') return <Page.NoPermissions />;
  if (communities.status === 'error' || settings.status === 'error') return <Page.Error />;
  const answer = saved ?? settings.data;

  return (
    <Page.Main>
      <Page.Title>Search settings</Page.Title>
      <Layouts.Header
        title="Search settings"
        subtitle="Synonyms, test queries and the search index for your communities"
        secondaryAction={
          <LinkButton tag={Link} to="../analytics" variant="tertiary">
            Search analytics
          </LinkButton>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          {communities.data.length === 0 ? (
            <Page.NoData />
          ) : (
            <>
              <CommunityPicker communities={communities.data} value={community} onChange={(id) => {
                  setSynonymDraft(undefined);
                  setCommunity(id);
                }}
                isSuperAdmin={Boolean(communities.meta.isSuperAdmin)} />
              {community !== undefined ? (
                <React.Fragment key={community}>
                  <Section title="Synonyms" subtitle="Words your members use and what they mean in your directory, e.g. skin doctor → Dermatology.">
                    <SynonymsEditor communityId={community} canEdit={Boolean(canEditSynonyms)} draft={synonymDraft} />
                  </Section>
                  <Section title="Test a query" subtitle="See how a query is read and who it finds, with the saved synonyms.">
                    <TestQueryBox
                      communityId={community}
                      onAddSynonym={canEditSynonyms ? (term) => setSynonymDraft((current) => ({ id: (current?.id ?? 0) + 1, term })) : undefined}
                    />
                  </Section>
                  <Section title="Search index">
                    <ReindexPanel communityId={community} canReindex={Boolean(canReindex)} isSuperAdmin={Boolean(communities.meta.isSuperAdmin)} />
                  </Section>
                </React.Fragment>
              ) : null}
            </>
          )}
          {answer.canEdit ? (
            <Section title="Query parser and embeddings" subtitle="For every community. Applied without a restart.">
              <GlobalSettingsForm answer={answer} onSaved={setSaved} />
            </Section>
          ) : (
            <Section title="How search reads questions" testId="cs-active-providers">
              <Typography>{`${embeddingsInWords(answer.active.embeddingProvider)}. Your platform operator chooses this for every community.`}</Typography>
            </Section>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
