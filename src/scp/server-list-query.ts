/**
 * SCP's ListServers (`GET /v1/servers`, virtualserver's OpenAPI `listVirtualServers`): its
 * documented query parameters, in the order the proxy forwards them. Marker paging only: no
 * offset and no count. Apart from the schema (server-list.ts), so the route table stays free of
 * zod in the browser's first chunk.
 */
export const SERVER_LIST_PARAM_NAMES = [
  'name',
  'ip',
  'state',
  'product_category',
  'product_offering',
  'vpc_id',
  'server_type_id',
  'auto_scaling_group_id',
  'limit',
  'marker',
  'sort',
] as const;
