export const drawer = {};
