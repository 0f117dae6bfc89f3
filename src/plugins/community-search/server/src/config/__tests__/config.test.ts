import config from '..';

describe('community-search plugin config', () => {
  it('accepts its defaults', () => {
    expect(() => config.validator(config.default)).not.toThrow();
  });

  it('stops boot with a clear message on an unknown parser or provider', () => {
    expect(() => config.validator({ ...config.default, queryParser: 'magic' })).toThrow(
      /Invalid "community-search" plugin config[\s\S]*queryParser/
    );
    expect(() => config.validator({ ...config.default, embeddingsProvider: 'hf' })).toThrow(/embeddingsProvider/);
  });

  it('refuses unknown keys, which are usually typos', () => {
    expect(() => config.validator({ ...config.default, queryParsr: 'llm' })).toThrow(/queryParsr/);
  });
});
