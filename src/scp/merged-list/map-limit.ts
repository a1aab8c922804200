/** Like Promise.all over `inputs`, with at most `limit` calls in flight: polite to an upstream. */
export async function mapLimit<I, O>(
  inputs: readonly I[],
  limit: number,
  call: (input: I) => Promise<O>,
): Promise<O[]> {
  const results = new Array<O>(inputs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < inputs.length) {
      const index = next++;
      results[index] = await call(inputs[index] as I);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, worker));
  return results;
}
