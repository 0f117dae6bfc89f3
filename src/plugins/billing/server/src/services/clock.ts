/**
 * Billing's notion of "now" for grace periods. Tests move it forward to see a past-due community
 * suspended; signatures and database times are never read from it.
 */
const clockService = () => {
  let current = () => new Date();
  return {
    now: (): Date => current(),
    useClock(next: () => Date) {
      current = next;
    },
  };
};

export type ClockService = ReturnType<typeof clockService>;

export default clockService;
