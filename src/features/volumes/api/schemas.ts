/** The shared response schemas, as the endpoint functions load them (see volume-endpoints.ts). */
export { parseVolumeList, serverSchema, volumeSchema } from '../../../scp/volume-schema.ts';
export { statusSchema } from '../../../scp/status.ts';
export { snapshotListSchema } from '../../../scp/snapshot-schema.ts';
export { volumeQuotaSetSchema } from '../../../scp/volume-quota-schema.ts';
export { volumeTypeListSchema } from '../../../scp/volume-type-schema.ts';
