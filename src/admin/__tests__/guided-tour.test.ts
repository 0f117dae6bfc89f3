import { GUIDED_TOUR_STORAGE_KEY, switchOffGuidedTour } from '../guided-tour';

const storageOf = (value?: string) => {
  const map = new Map<string, string>(value === undefined ? [] : [[GUIDED_TOUR_STORAGE_KEY, value]]);
  return { getItem: (key: string) => map.get(key) ?? null, setItem: (key: string, next: string) => void map.set(key, next), read: () => JSON.parse(map.get(GUIDED_TOUR_STORAGE_KEY) ?? 'null') };
};

describe("Strapi's guided tour", () => {
  it('starts switched off, as "Skip the tour" leaves it', () => {
    const storage = storageOf();
    switchOffGuidedTour(storage);
    expect(storage.read()).toEqual({ enabled: false });
  });

  it("switches off a running tour and keeps Strapi's own state", () => {
    const storage = storageOf(JSON.stringify({ enabled: true, hidden: false, tours: { apiTokens: { currentStep: 1 } }, completedActions: ['a'] }));
    switchOffGuidedTour(storage);
    expect(storage.read()).toEqual({ enabled: false, hidden: false, tours: { apiTokens: { currentStep: 1 } }, completedActions: ['a'] });
  });

  it('replaces unreadable state', () => {
    const storage = storageOf('{not json');
    switchOffGuidedTour(storage);
    expect(storage.read()).toEqual({ enabled: false });
  });
});
