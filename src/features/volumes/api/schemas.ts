/** The shared response schemas, gathered into one lazily loaded chunk (see volume-endpoints.ts). */
export { parseVolumeList, serverSchema, volumeSchema } from '../../../scp/volume-schema.ts';
export { statusSchema } from '../../../scp/status.ts';
