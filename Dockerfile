# syntax=docker/dockerfile:1
# Node 24 runs the TypeScript sources directly (type stripping): no build output, only checks.

# 1. Verify: the image is only built from sources that type-check.
FROM node:24-bookworm-slim AS verify
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json eslint.config.js vitest.config.ts ./
COPY src ./src
COPY connectors ./connectors
COPY bin ./bin
COPY test ./test
RUN npx tsc --noEmit

# 2. Production dependencies only (the `node` devDependency is not needed: the base image is Node 24).
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

# 3. Runtime: non-root, data on a volume, health checked through /healthz.
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATA_DIR=/app/data
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY --from=verify /app/src ./src
COPY --from=verify /app/connectors ./connectors
COPY --from=verify /app/bin ./bin
COPY mappings ./mappings
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "src/cli.ts", "start"]
