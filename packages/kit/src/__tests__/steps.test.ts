import { runSteps } from '..';

describe('runSteps', () => {
  it('returns the flow’s outcome and undoes nothing when every step succeeds', async () => {
    const undone: string[] = [];
    const outcome = await runSteps(async (steps) => {
      const a = await steps.run('a', async () => 1, () => undone.push('a'));
      const b = await steps.run('b', async () => 2, () => undone.push('b'));
      return a + b;
    });
    expect(outcome).toBe(3);
    expect(undone).toEqual([]);
  });

  it('undoes the completed steps in reverse order with what each returned, then passes the failure on', async () => {
    const undone: string[] = [];
    const failure = new Error('step c failed');
    await expect(
      runSteps(async (steps) => {
        await steps.run('a', async () => 'community 7', (result) => undone.push(`a:${result}`));
        await steps.run('no undo', async () => 'read only');
        await steps.run('b', async () => 'user 3', (result) => undone.push(`b:${result}`));
        await steps.run('c', async () => {
          throw failure;
        }, () => undone.push('c'));
      })
    ).rejects.toBe(failure);
    // c never completed: nothing of it to undo.
    expect(undone).toEqual(['b:user 3', 'a:community 7']);
  });

  it('reports an undo that fails and still undoes the steps before it', async () => {
    const undone: string[] = [];
    const onUndoFailure = jest.fn();
    const undoError = new Error('delete failed');
    await expect(
      runSteps(
        async (steps) => {
          await steps.run('a', async () => null, () => undone.push('a'));
          await steps.run('b', async () => null, () => {
            throw undoError;
          });
          throw new Error('later failure');
        },
        { onUndoFailure }
      )
    ).rejects.toThrow('later failure');
    expect(onUndoFailure).toHaveBeenCalledWith({ step: 'b', error: undoError });
    expect(undone).toEqual(['a']);
  });
});
