export type CircuitBreakerOptions = {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** How long an open circuit skips the call before trying again. */
  coolDownMs: number;
  now?: () => number;
};

/**
 * Skips a failing dependency for a cool-down after repeated failures, so a slow or broken LLM
 * does not make every search wait for its timeout.
 */
export const createCircuitBreaker = ({ failureThreshold, coolDownMs, now = Date.now }: CircuitBreakerOptions) => {
  let consecutiveFailures = 0;
  let openUntil = 0;

  return {
    /** True while calls should be skipped; after the cool-down one trial call is let through. */
    isOpen() {
      return now() < openUntil;
    },
    recordSuccess() {
      consecutiveFailures = 0;
      openUntil = 0;
    },
    recordFailure() {
      consecutiveFailures += 1;
      if (consecutiveFailures >= failureThreshold) openUntil = now() + coolDownMs;
    },
    state() {
      return { consecutiveFailures, open: now() < openUntil };
    },
  };
};

export type CircuitBreaker = ReturnType<typeof createCircuitBreaker>;
