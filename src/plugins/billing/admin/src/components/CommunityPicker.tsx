import { Box, SingleSelect, SingleSelectOption } from '@strapi/design-system';

import type { CommunitySummary } from '../api';
import { useT } from '../hooks/useT';

type Props = { communities: CommunitySummary[]; selected: string | null; onSelect: (documentId: string) => void };

/** For admins who manage several communities (and super admins). */
export const CommunityPicker = ({ communities, selected, onSelect }: Props) => {
  const t = useT();
  if (communities.length < 2) return null;
  return (
    <Box minWidth="260px">
      <SingleSelect aria-label={t('picker.label', 'Community')} value={selected ?? undefined} onChange={(value: string | number) => onSelect(String(value))}>
        {communities.map((community) => (
          <SingleSelectOption key={community.documentId} value={community.documentId}>
            {community.name}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Box>
  );
};
