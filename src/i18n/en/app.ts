/** The shell around the page: header, connection, theme, language. */
export const app = {
  connection: {
    label: 'Connected to',
    simulator: 'Simulator',
    simulatorTitle: 'Data comes from the local SCP simulator, not from Samsung Cloud Platform.',
    scpTitle: (host: string, version: string) => `Signed requests go to ${host} (API ${version}).`,
    apiVersion: (version: string) => `API ${version}`,
    unknown: 'Connection unknown',
  },
  theme: {
    toDark: 'Switch to dark theme',
    toLight: 'Switch to light theme',
  },
  skipToTable: 'Skip to volumes table',
  skipToPagination: 'Skip to pagination',
};
