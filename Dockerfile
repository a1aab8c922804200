# SCP Volumes dashboard: the production server (npm run serve) in a container. docs/DEPLOY.md.
# The machine this project is developed on cannot run containers: scripts/image-steps.mjs runs
# these same steps (parsed from this file) from a clean copy, and `npm test` runs it.

ARG NODE_IMAGE=node:22-bookworm-slim

# --- build: every dependency, then the app (dist/) and the compiled server (dist-server/) ---
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# Then drop the development dependencies: what is left is the runtime's node_modules.
# An empty folder too: the runtime's /data, created owned by the user the server runs as.
RUN npm run build && npm prune --omit=dev --no-audit --no-fund && mkdir -p empty-data

# --- runtime: production dependencies, dist/ and dist-server/ only; no sources, no dev tools ---
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080 SCP_DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/dist-server ./dist-server
# The inventory's SQLite database (docs/DEPLOY.md): mount a volume here to keep its history
# across containers, or set DATABASE_URL to use PostgreSQL instead.
COPY --from=build --chown=node:node /app/empty-data /data
VOLUME /data
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist-server/main.js"]
