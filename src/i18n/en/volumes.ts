export const volumes = {};
