/**
 * Multi-step flows with side effects (onboarding a community, later NL updates and billing sync),
 * written as explicit steps each with its undo: when a step fails, the steps that completed are
 * undone in reverse order and the failure is passed on, so a retry starts from a clean slate
 * (compensation, as in Medusa's workflows: no database transaction spans Strapi's services).
 */
export type Steps = {
  /**
   * Runs one step. `undo` gets what the step returned and is called only if a later step (or the
   * rest of the flow) fails; a step that itself throws has nothing to undo, so it must leave
   * nothing behind (or not be one step).
   */
  run<Result>(name: string, action: () => Promise<Result>, undo?: (result: Result) => Promise<unknown> | unknown): Promise<Result>;
};

/** An undo that failed: reported, and the other undos still run. */
export type UndoFailure = { step: string; error: unknown };

export const runSteps = async <Outcome>(
  flow: (steps: Steps) => Promise<Outcome>,
  options: { onUndoFailure?: (failure: UndoFailure) => void } = {}
): Promise<Outcome> => {
  const completed: Array<{ name: string; undo: () => Promise<unknown> | unknown }> = [];
  const steps: Steps = {
    async run(name, action, undo) {
      const result = await action();
      if (undo) completed.push({ name, undo: () => undo(result) });
      return result;
    },
  };
  try {
    return await flow(steps);
  } catch (error) {
    for (const step of completed.reverse()) {
      try {
        await step.undo();
      } catch (undoError) {
        options.onUndoFailure?.({ step: step.name, error: undoError });
      }
    }
    throw error;
  }
};
