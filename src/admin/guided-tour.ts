/**
 * Strapi's guided tour (build a content type, copy an API token, "Deploy your application to Strapi
 * Cloud") is for people building a Strapi project, not for running a community directory. Strapi
 * 5.54 has no setting for it: it keeps its state in localStorage (`STRAPI_GUIDED_TOUR`) and offers
 * only "Skip the tour", which stores `enabled: false`. That is stored here before the panel renders.
 */
export const GUIDED_TOUR_STORAGE_KEY = 'STRAPI_GUIDED_TOUR';

export const switchOffGuidedTour = (storage: Pick<Storage, 'getItem' | 'setItem'>) => {
  let stored: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(storage.getItem(GUIDED_TOUR_STORAGE_KEY) ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) stored = parsed as Record<string, unknown>;
  } catch {
    // Unreadable: Strapi would start over too; start over switched off.
  }
  if (stored.enabled === false) return;
  // Strapi fills in the tours themselves when they are missing.
  storage.setItem(GUIDED_TOUR_STORAGE_KEY, JSON.stringify({ ...stored, enabled: false }));
};
