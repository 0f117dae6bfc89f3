import * as React from 'react';

import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';

import { useAdminGet } from '../hooks/useAdminGet';

export type CommunityOption = { id: number; name: string; slug: string; accountStatus: string; isActive: boolean };

const ALL = 'all';

/**
 * The communities the admin manages (a super admin: all). With `allowAll` the first choice is
 * "All my communities" (aggregates); without it the first community is picked for them.
 */
export const useCommunities = () => useAdminGet<CommunityOption[]>('/community-search/admin/communities');

export const CommunityPicker = ({
  communities,
  value,
  onChange,
  allowAll = false,
  isSuperAdmin = false,
}: {
  communities: CommunityOption[];
  value: number | undefined;
  onChange: (id: number | undefined) => void;
  allowAll?: boolean;
  isSuperAdmin?: boolean;
}) => {
  React.useEffect(() => {
    if (!allowAll && value === undefined && communities.length > 0) onChange(communities[0].id);
  }, [allowAll, value, communities, onChange]);

  return (
    <Field.Root name="community" width="28rem">
      <Field.Label>Community</Field.Label>
      <SingleSelect
        data-testid="cs-community-picker"
        value={value === undefined ? (allowAll ? ALL : undefined) : String(value)}
        onChange={(selected: string | number) => onChange(selected === ALL ? undefined : Number(selected))}
      >
        {allowAll ? <SingleSelectOption value={ALL}>{isSuperAdmin ? 'All communities' : 'All my communities'}</SingleSelectOption> : null}
        {communities.map((community) => (
          <SingleSelectOption key={community.id} value={String(community.id)}>
            {community.accountStatus === 'suspended' ? `${community.name} (suspended)` : community.name}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Field.Root>
  );
};
