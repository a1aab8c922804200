import * as z from 'zod/mini';

/** How OpenAPI's `type: integer` is read: see `snapshotSchemas`. */
export type IntegerSchema = () => z.ZodMiniType<number, number>;

/**
 * A snapshot as virtualserver's OpenAPI file defines it (`SnapshotDetailResponse`): `id`,
 * `volume_id`, `size` (whole GB) and `created_at` are required and never null; every other
 * field is optional and nullable (`metadata` any object). The file does not forbid other keys,
 * so they are kept, for the raw view.
 *
 * Built around `integer`: the conformance test (src/simulator/conformance.test.ts) passes
 * zod's exact `z.int`; the browser reads `z.number`, as for volumes, since `z.int` would bring
 * zod's number checks into the first bundle, where zod itself already lives (error-body.ts).
 */
export function snapshotSchemas(integer: IntegerSchema) {
  const snapshot = z.looseObject({
    id: z.string(),
    volume_id: z.string(),
    size: integer(),
    created_at: z.string(),
    name: z.optional(z.nullable(z.string())),
    description: z.optional(z.nullable(z.string())),
    status: z.optional(z.nullable(z.string())),
    updated_at: z.optional(z.nullable(z.string())),
    user_id: z.optional(z.nullable(z.string())),
    metadata: z.optional(z.nullable(z.looseObject({}))),
  });
  /** ListSnapshots' answer (`SnapshotListResponse`): `count` only when asked for (`with_count`). */
  const list = z.looseObject({
    count: z.optional(z.nullable(integer())),
    snapshots: z.array(snapshot),
  });
  return { snapshot, list };
}

export const { snapshot: snapshotSchema, list: snapshotListSchema } = snapshotSchemas(z.number);

export type Snapshot = z.infer<typeof snapshotSchema>;
export type SnapshotList = z.infer<typeof snapshotListSchema>;
