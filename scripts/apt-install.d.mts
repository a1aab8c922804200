// Types for apt-install.mjs, which stays plain JS so `npm test` runs it with bare `node`.
export function runCommand(command: string, args: string[], timeoutMs: number): boolean;
export function canApt(): boolean;
export function aptInstall(...packages: string[]): boolean;
