# Community Connect production image: plugins, server and admin panel built in one stage, only
# production dependencies in the final one, run as the unprivileged `node` user.
#
#   docker build -t community-connect .
#   docker run --env-file .env -p 1337:1337 community-connect            # web and background work
#   docker run --env-file .env -e PROCESS_ROLE=worker community-connect   # a separate worker
#
# See docs/deployment.md for the environment it needs.

ARG NODE_IMAGE=node:20-bookworm-slim

# --- build: everything, including dev dependencies (sdk-plugin, TypeScript, the admin bundler) --
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV STRAPI_TELEMETRY_DISABLED=true
COPY package.json package-lock.json ./
COPY src/plugins/community-search/package.json src/plugins/community-search/
COPY src/plugins/whatsapp-bot/package.json src/plugins/whatsapp-bot/
COPY src/plugins/billing/package.json src/plugins/billing/
COPY packages/kit/package.json packages/kit/
RUN npm ci --no-audit --no-fund
COPY . .
# The shared kit and the plugins (with the distilled word vectors of the local embedder), then the
# server and admin panel.
# `strapi build` always bundles for production; NODE_ENV=production here would make the config
# demand the runtime secrets, which the image must not contain.
RUN npm run build \
  && test -f dist/build/index.html \
  && test -f src/plugins/community-search/dist/embeddings/manifest.json \
  && test -f packages/kit/dist/index.js

# --- deps: production dependencies only -----------------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY src/plugins/community-search/package.json src/plugins/community-search/
COPY src/plugins/whatsapp-bot/package.json src/plugins/whatsapp-bot/
COPY src/plugins/billing/package.json src/plugins/billing/
COPY packages/kit/package.json packages/kit/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# --- runtime ------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=1337 \
    LOG_FORMAT=json \
    STRAPI_TELEMETRY_DISABLED=true

# tsconfig.json tells `strapi start` that the app runs from dist/.
COPY --from=deps --chown=node:node /app/package.json /app/package-lock.json ./
COPY --from=build --chown=node:node /app/tsconfig.json ./
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
# Workspace plugins: their package.json (and any nested production dependencies) from deps,
# their built code from build. node_modules/@community-connect/* link here.
COPY --from=deps --chown=node:node /app/src/plugins ./src/plugins
COPY --from=build --chown=node:node /app/src/plugins/community-search/dist ./src/plugins/community-search/dist
COPY --from=build --chown=node:node /app/src/plugins/whatsapp-bot/dist ./src/plugins/whatsapp-bot/dist
COPY --from=build --chown=node:node /app/src/plugins/billing/dist ./src/plugins/billing/dist
# The shared kit (workspace package the app and plugins require): package.json from deps, its
# compiled code from build. node_modules/@community-connect/kit links here.
COPY --from=deps --chown=node:node /app/packages ./packages
COPY --from=build --chown=node:node /app/packages/kit/dist ./packages/kit/dist
# The compiled app (config, APIs, migrations) and the admin panel (dist/build).
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/scripts/ops/run.js ./scripts/ops/run.js
COPY --from=build --chown=node:node /app/scripts/lib ./scripts/lib
COPY --from=build --chown=node:node /app/scripts/ops/backup.sh /app/scripts/ops/restore.sh ./scripts/ops/
COPY --from=build --chown=node:node /app/public ./public
# Migrations (Strapi runs them from database/migrations at start) and the demo seed.
COPY --from=build --chown=node:node /app/database ./database

USER node
EXPOSE 1337
# Liveness only: the process answers. Orchestrators should gate traffic on GET /ready.
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||1337)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "scripts/ops/run.js", "start"]
