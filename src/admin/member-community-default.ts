import { useFetchClient, useForm } from '@strapi/strapi/admin';
import * as React from 'react';

const MEMBER_UID = 'api::member.member';
const COMMUNITY_UID = 'api::community.community';

type PanelProps = { model: string; documentId?: string; activeTab?: string | null };
type CommunityRow = { id: number; documentId: string; name: string };
type CommunityPage = { results: CommunityRow[]; pagination: { total: number } };
type RelationValue = { connect?: unknown[]; disconnect?: unknown[] } | undefined;

/**
 * A new member belongs to one community; an admin who can see exactly one (a Community Admin of
 * one community) gets it filled in. The communities an admin can read are the ones they manage.
 * Registered as an edit-view side panel: Strapi calls panel descriptions as hooks inside the
 * edit form, so it can fill the field; it returns no panel, so it shows nothing.
 */
export const memberCommunityDefaultPanel = ({ model, documentId }: PanelProps) => {
  const { get } = useFetchClient();
  const value = useForm('PreselectCommunity', (state) => (state.values as Record<string, unknown>).community) as RelationValue;
  const onChange = useForm('PreselectCommunity', (state) => state.onChange);
  const creating = model === MEMBER_UID && !documentId;
  const alreadyChosen = (value?.connect?.length ?? 0) > 0;
  const done = React.useRef(false);

  React.useEffect(() => {
    if (!creating || alreadyChosen || done.current) return;
    done.current = true;
    let cancelled = false;
    get<CommunityPage>(`/content-manager/collection-types/${COMMUNITY_UID}`, { params: { page: 1, pageSize: 2, fields: ['name'] } })
      .then(({ data }) => {
        if (cancelled || data.pagination.total !== 1) return;
        const [only] = data.results;
        onChange('community', {
          connect: [
            {
              id: only.id,
              documentId: only.documentId,
              apiData: { id: only.id, documentId: only.documentId, isTemporary: true },
              name: only.name,
              label: only.name,
              __temp_key__: 'a0',
              href: `../collection-types/${COMMUNITY_UID}/${only.documentId}`,
            },
          ],
          disconnect: [],
        });
      })
      // Nothing preselected: the admin picks the community as before.
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [creating, alreadyChosen, get, onChange]);

  return null;
};
