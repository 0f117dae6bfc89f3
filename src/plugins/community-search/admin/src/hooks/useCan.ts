import * as React from 'react';

import { useAuth } from '@strapi/strapi/admin';

type Permission = { action: string; subject: string | null };

/**
 * Whether the admin holds every listed permission (null while checking). Strapi's useRBAC names
 * results after the action's last word, so `synonyms.update` and `settings.update` would clash.
 */
export const useCan = (permissions: Permission[]): boolean | null => {
  const check = useAuth('useCan', (state) => state.checkUserHasPermissions);
  const [can, setCan] = React.useState<boolean | null>(null);
  const key = JSON.stringify(permissions);
  React.useEffect(() => {
    let live = true;
    const wanted = JSON.parse(key) as Permission[];
    check(wanted)
      .then((matching) => live && setCan(matching.length >= wanted.length))
      .catch(() => live && setCan(false));
    return () => {
      live = false;
    };
  }, [check, key]);
  return can;
};
