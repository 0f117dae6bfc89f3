import { REDACTED, redactText, redactValue } from '../log-redaction';

describe('log redaction of passwords written into text', () => {
  it('masks password=... in settings, connection strings and error messages', () => {
    expect(redactText('connect ECONNREFUSED 10.0.0.5:5432 (password=secret)')).toBe(`connect ECONNREFUSED 10.0.0.5:5432 (password=${REDACTED})`);
    expect(redactText('host=db user=cc password=hunter2 dbname=cc')).toBe(`host=db user=cc password=${REDACTED} dbname=cc`);
    expect(redactText('DATABASE_PASSWORD=s3cr3t! PWD=abc')).toBe(`DATABASE_PASSWORD=${REDACTED} PWD=${REDACTED}`);
  });

  it('masks "password": "..." in JSON text, escaped quotes included', () => {
    expect(redactText('body {"email":"x","password":"hunter2","remember":true}')).toBe(
      `body {"email":"x","password":"${REDACTED}","remember":true}`
    );
    expect(redactText('{"newPassword" : "a \\"quoted\\" one", "n": 1}')).toBe(`{"newPassword" : "${REDACTED}", "n": 1}`);
    expect(redactValue({ raw: '{"password": "hunter2"}' })).toEqual({ raw: `{"password": "${REDACTED}"}` });
  });

  it('redacts a query-string password once, and leaves words about passwords alone', () => {
    expect(redactText('/reset?password=abc&page=2')).toBe(`/reset?password=${REDACTED}&page=2`);
    expect(redactText('password must be 12 characters; "password" is required')).toBe('password must be 12 characters; "password" is required');
  });
});
