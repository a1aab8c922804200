// Types for free-ports.mjs, which stays plain JS so `npm test` runs it with bare `node`.
export function freePorts(count: number): Promise<number[]>;
