import { normaliseError } from '../../../lib/api-error.ts';
import { http } from '../../../lib/http.ts';
import { encodeListParams, type ListVolumesParams } from '../../../scp/list-query.ts';
import type { FetchPage } from './walk-volumes.ts';

/**
 * ListVolumes returning the body as received. `listVolumes` would do the request, but its
 * result splits valid from invalid items and loses their order, and export needs that order
 * (the marker is the id of the last item received, valid or not) and the untouched items
 * (the JSON file keeps fields as SCP sent them). Same client, query codec and error shape.
 */
export const fetchVolumePage: FetchPage = async (params: ListVolumesParams, signal?: AbortSignal) => {
  try {
    const client = await http();
    return await client.get(`v1/volumes?${encodeListParams(params)}`, { signal }).json();
  } catch (error) {
    // A cancel is not an API failure: let the AbortError through for the caller to recognise.
    if (signal?.aborted) throw signal.reason;
    throw normaliseError(error);
  }
};
