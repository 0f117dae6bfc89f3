import { renderSwaggerPage, withPageScriptPolicy } from '../swagger-page';

describe('the Swagger UI page under the app CSP', () => {
  it("narrows script-src to the page's origin and nonce, keeping every other directive", () => {
    const policy = "default-src 'self'; script-src 'self' 'unsafe-inline' cdn.jsdelivr.net; object-src 'none'; frame-ancestors 'self'";
    expect(withPageScriptPolicy(policy, 'abc')).toBe("default-src 'self'; object-src 'none'; frame-ancestors 'self'; script-src 'self' 'nonce-abc'");
  });

  it('adds a script-src when the policy had none, and leaves a missing policy missing', () => {
    expect(withPageScriptPolicy("default-src 'self'", 'n1')).toBe("default-src 'self'; script-src 'self' 'nonce-n1'");
    expect(withPageScriptPolicy('', 'n1')).toBe('');
  });

  it('carries the specification as inert JSON that cannot close its script element', () => {
    const spec = JSON.stringify({ info: { description: '</script><script>alert(1)</script>' } });
    const page = renderSwaggerPage({ spec, nonce: 'n2', title: 'API <b>' });
    const embedded = /<script id="openapi-spec" type="application\/json">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '';
    expect(embedded).not.toContain('<');
    expect(JSON.parse(embedded)).toEqual(JSON.parse(spec));
    expect(page).toContain('<title>API b</title>');
    expect(page).toContain('<script nonce="n2">');
  });
});
