import type { CallRegion, RegionAnswer } from './merged-volumes.ts';

/**
 * A volume or server by id, in whichever region has it. Ids are unique across regions, so the
 * first region (in configured order) answering 200 wins, its body tagged with `region` as list
 * entries are. When none has it: a failure (a region down, a timeout) is relayed rather than a
 * 404, since the missing item may be in the region that failed, naming that region (the
 * handler sends it as REGION_HEADER); only all-404 is "not found".
 */
export async function findInRegions(
  regions: readonly string[],
  upstreamPath: string,
  call: CallRegion,
): Promise<RegionAnswer> {
  const answers = await Promise.all(regions.map((region) => call(region, upstreamPath)));
  for (const [index, answer] of answers.entries()) {
    if (answer.status === 200) return withRegion(answer, regions[index] as string);
  }
  const failed = answers.findIndex((answer) => answer.status !== 404);
  if (failed === -1) return answers[0] as RegionAnswer;
  return { ...(answers[failed] as RegionAnswer), failedRegion: regions[failed] as string };
}

function withRegion(answer: RegionAnswer, region: string): RegionAnswer {
  let body: unknown;
  try {
    body = JSON.parse(answer.body.toString('utf8'));
  } catch {
    return answer;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return answer;
  return { ...answer, body: Buffer.from(JSON.stringify({ ...body, region })) };
}
