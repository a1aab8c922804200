/** The error panel's details (a lazily loaded chunk with the panel: see ../lazy-section.ts). */
export const errorPanel = {
  status: 'Status',
  code: 'Code',
  requestId: 'Request ID',
  unauthorized: 'Samsung Cloud Platform rejected the request signature. Likely causes:',
  unauthorizedCauses: [
    'a wrong access key or secret key',
    'the computer clock is off (the signature carries a timestamp)',
    'a wrong region or environment for these keys',
  ],
  unauthorizedWhere: 'Set them in',
  unauthorizedRestart: 'at the project root, then restart the server.',
  forbidden: 'The key is valid but is not allowed to list volumes.',
  unreachable:
    'The SCP API could not be reached: the proxy is running, but the upstream did not answer in time or at all.',
  notConfigured:
    'The proxy has no SCP credentials and no simulator. Set them in .env.local, or start with the simulator.',
  network: 'The dashboard server could not be reached. Is it still running?',
  timeout: 'The request took too long.',
  invalidResponse: 'The API answered with data this dashboard cannot read.',
  stale: 'Showing the last data loaded.',
  nextTryIn: (wait: string) => `Auto-refresh tries again in ${wait}.`,
  nextTryAt: (time: string) => `Auto-refresh tries again at ${time}.`,
  tryingAgain: 'Auto-refresh is trying again…',
  autoRefreshOff: 'Auto-refresh is off: Retry tries again.',
  duration: (seconds: number) =>
    seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`,
};
