import * as z from 'zod/mini';

/** `GET /api/status`: what the signing proxy is connected to. Never carries a key. */
export const statusSchema = z.object({
  mode: z.enum(['simulator', 'scp']),
  endpointHost: z.string(),
  region: z.nullable(z.string()),
  /** The regions the list can show: more than one means the region filter and column appear. */
  regions: z.array(z.string()),
  env: z.nullable(z.string()),
  apiVersion: z.string(),
});

export type ProxyStatus = z.infer<typeof statusSchema>;
