/**
 * Reads an upstream body as bytes, never parsing it (the relay stays cheap whatever SCP
 * answers), and gives up past `limit` bytes so one huge answer cannot exhaust the dev server's
 * memory. null means "too large". The limit counts decoded bytes, as fetch decompresses.
 */
export async function readCappedBody(response: Response, limit: number): Promise<Buffer | null> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) {
    await response.body?.cancel();
    return null;
  }
  if (response.body === null) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}
