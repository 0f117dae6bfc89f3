import { parseProcessRole } from '../process-role';

describe('PROCESS_ROLE', () => {
  it('defaults to all and accepts web and worker in any case', () => {
    expect(parseProcessRole(undefined)).toBe('all');
    expect(parseProcessRole('Worker')).toBe('worker');
    expect(parseProcessRole(' web ')).toBe('web');
  });

  it('refuses anything else with the setting name', () => {
    expect(() => parseProcessRole('workers')).toThrow(/PROCESS_ROLE must be one of all, web, worker/);
  });
});
