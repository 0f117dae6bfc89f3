import type { Core } from '@strapi/strapi';

type Env = Core.Config.Shared.ConfigParams['env'];

const sslFromEnv = (env: Env) => {
  if (!env.bool('DATABASE_SSL', false)) return false;
  return { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) };
};

const connectionFromEnv = (env: Env) => {
  const url = env('DATABASE_URL');
  if (url) {
    return { connectionString: url, ssl: sslFromEnv(env) };
  }
  if (env('DATABASE_HOST')) {
    return {
      host: env('DATABASE_HOST'),
      port: env.int('DATABASE_PORT', 5432),
      database: env('DATABASE_NAME', 'community_connect'),
      user: env('DATABASE_USERNAME', 'postgres'),
      password: env('DATABASE_PASSWORD', ''),
      ssl: sslFromEnv(env),
    };
  }
  // Commands that load the config without touching the database (`strapi build`) must still work,
  // so the error is raised when a connection is first needed.
  return () => {
    throw new Error(
      'No database configured. Set DATABASE_URL (PostgreSQL with pgvector), ' +
        'or start the app with `npm run dev` / `npm start`, which provide an embedded database when DATABASE_URL is unset.'
    );
  };
};

// Not annotated as Core.Config.Database: its type demands host/user fields even with a connection string.
const config = ({ env }: Core.Config.Shared.ConfigParams) => {
  // The embedded PGlite server speaks to one connection at a time.
  const defaultPoolMax = env.bool('EMBEDDED_DATABASE', false) ? 1 : 10;

  return {
    connection: {
      client: 'postgres',
      connection: connectionFromEnv(env),
      pool: {
        min: 0,
        max: env.int('DATABASE_POOL_MAX', defaultPoolMax),
      },
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      // A failed query's message keeps its placeholders: bound values (phones, message texts) stay out of errors and logs.
      compileSqlOnError: false,
    },
  };
};

export default config;
