import { startFakeChatServer, type FakeChatServer } from '../../../../tests/fakes/openai-chat-server';
import { createLlmUpdateParser } from '../llm-update-parser';
import { parseProfileUpdate } from '../rules-parser';

describe('LLM profile-update parser (real openai SDK against a local fake endpoint)', () => {
  let server: FakeChatServer;
  const fallbacks: string[] = [];
  const parser = () =>
    createLlmUpdateParser({
      baseUrl: server.baseUrl,
      model: 'llama-3.1-8b-instruct',
      // Generous: on a busy CI machine a local answer has taken over 300 ms; the timeout case
      // below waits longer than this on purpose.
      timeoutMs: 2000,
      fallback: parseProfileUpdate,
      onFallback: (reason) => fallbacks.push(reason),
    });

  beforeEach(async () => {
    server = await startFakeChatServer();
    fallbacks.length = 0;
  });
  afterEach(() => server.close());

  it('reads a valid JSON answer', async () => {
    server.reply({ content: '{"action":"set","field":"designation","value":"Head of Research"}' });
    await expect(parser().parse('I got promoted, I am head of research now')).resolves.toEqual({
      ok: true,
      change: { action: 'set', field: 'designation', value: 'Head of Research' },
      parser: 'llm',
    });
    expect(server.requests[0].model).toBe('llama-3.1-8b-instruct');
    expect(server.requests[0].messages[1].content).toBe('I got promoted, I am head of research now');
  });

  it('passes on its clarifying question', async () => {
    server.reply({ content: '{"unclear":true,"question":"Which city did you move to?"}' });
    await expect(parser().parse('I moved')).resolves.toEqual({ ok: false, message: 'Which city did you move to?', parser: 'llm' });
  });

  it.each([
    ['invalid JSON', { content: 'Sure! Here you go: {action: set}' }],
    ['a field outside the whitelist', { content: '{"action":"set","field":"isActive","value":false}' }],
    ['an HTTP error', { status: 503 }],
    ['a timeout', { content: '{"action":"set","field":"city","value":"Pune"}', delayMs: 4000 }],
  ])('falls back to the rules on %s', async (_case, reply) => {
    server.reply(reply);
    await expect(parser().parse('Update my city to Pune')).resolves.toEqual({
      ok: true,
      change: { action: 'set', field: 'city', value: 'Pune' },
      parser: 'rules',
    });
    expect(fallbacks).toHaveLength(1);
  });

  it('stops asking the LLM for a while after three failures in a row', async () => {
    const llm = parser();
    for (let index = 0; index < 3; index += 1) {
      server.reply({ status: 500 });
      await llm.parse('Update my city to Pune');
    }
    server.reply({ content: '{"action":"set","field":"city","value":"Kochi"}' });
    const outcome = await llm.parse('Update my city to Pune');
    expect(outcome).toMatchObject({ parser: 'rules', change: { value: 'Pune' } });
    expect(server.requests).toHaveLength(3);
  });
});
