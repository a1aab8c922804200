// Types for usage-reply.mjs, which stays plain JS so the built server can load it without tsx.
export function replyToUsageRequests(): void;
