import { normaliseError } from '../../../lib/api-error.ts';
import { http } from '../../../lib/http.ts';
import { encodeListParams, encodeQuery, type ListVolumesParams } from '../../../scp/list-query.ts';
import type { FetchPage } from './walk-list.ts';
import type { FetchServerPage } from './read-server-names.ts';

/** One GET through the app's client, the body as received; a cancel passes as the AbortError. */
async function getBody(path: string, signal?: AbortSignal): Promise<unknown> {
  try {
    const client = await http();
    return await client.get(path, { signal }).json();
  } catch (error) {
    // A cancel is not an API failure: let the AbortError through for the caller to recognise.
    if (signal?.aborted) throw signal.reason;
    throw normaliseError(error);
  }
}

/**
 * ListVolumes returning the body as received. `listVolumes` would do the request, but its
 * result splits valid from invalid items and loses their order, and export needs that order
 * (the marker is the id of the last item received, valid or not) and the untouched items
 * (the JSON file keeps fields as SCP sent them). Same client, query codec and error shape.
 */
export const fetchVolumePage: FetchPage = (params: ListVolumesParams, signal?: AbortSignal) =>
  getBody(`v1/volumes?${encodeListParams(params)}`, signal);

/** ListServers (one region's page), the body as received. */
export const fetchServerPage: FetchServerPage = (params, signal) =>
  getBody(
    `v1/servers?${encodeQuery(Object.entries(params).map(([key, value]) => [key, String(value)]))}`,
    signal,
  );
