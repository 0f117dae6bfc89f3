import { bootStrapi, stopStrapi } from './helpers/strapi';

/**
 * Registration mistakes and config naming what nobody registered stop boot with a message that
 * says what is wrong (examples/faulty-plugin makes one mistake per boot).
 */
const ENV = ['EXAMPLE_PLUGINS', 'FAULTY_PLUGIN_MISTAKE', 'QUERY_PARSER', 'EMBEDDINGS_PROVIDER', 'SEARCH_RESULT_PROCESSORS'];

afterEach(() => {
  for (const name of ENV) delete process.env[name];
});

const bootFails = async (env: Record<string, string>) => {
  Object.assign(process.env, env);
  let booted;
  try {
    booted = await bootStrapi();
  } catch (error) {
    return (error as Error).message;
  }
  await stopStrapi(booted);
  throw new Error(`boot succeeded with ${JSON.stringify(env)}`);
};

describe('boot-time checks of extensions', () => {
  it.each([
    ['duplicate-parser', {}, /community-search: cannot register query parser "rules": a query parser with this name is already registered \(built in\)/],
    ['processor-shape', {}, /community-search: cannot register result post-processor "boost": `process` must be a function/],
    ['command-shape', {}, /whatsapp-bot: cannot register command "events": `handle` must be a function/],
    ['plan-shape', {}, /billing: cannot register plan "community-plus": memberLimit Too small: expected number to be >=0/],
    ['duplicate-plan', {}, /billing: cannot register plan "pro": a plan with this id is already in the catalogue/],
    ['embedder-shape', { EMBEDDINGS_PROVIDER: 'broken-vectors' }, /community-search: embedding provider "broken-vectors" is not usable: `dimensions` must be a whole number from 1 to 4000/],
    ['late-registration', {}, /community-search: cannot register synonym source "late": registration is closed: register extensions in your plugin's register\(\), not bootstrap\(\)/],
  ])('refuses %s', async (mistake, extra, message) => {
    expect(await bootFails({ EXAMPLE_PLUGINS: 'faulty', FAULTY_PLUGIN_MISTAKE: mistake, ...extra })).toMatch(message);
  });

  it('refuses config naming a parser or post-processor nobody registered, listing what there is', async () => {
    const message = await bootFails({ QUERY_PARSER: 'gpt-parser', SEARCH_RESULT_PROCESSORS: 'mentors-first' });
    expect(message).toContain('queryParser (QUERY_PARSER) is "gpt-parser" but no query parser of that name is registered (registered: rules, llm)');
    expect(message).toContain('resultPostProcessors (SEARCH_RESULT_PROCESSORS) is "mentors-first" but no result post-processor of that name is registered (registered: none)');
  });

  it('boots with the faulty plugin when it makes no mistake (the refusals above are its mistakes)', async () => {
    process.env.EXAMPLE_PLUGINS = 'faulty';
    const strapi = await bootStrapi();
    await stopStrapi(strapi);
  });
});
