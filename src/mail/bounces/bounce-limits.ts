/**
 * A bounce is a short report, often with the original message's headers or the message itself
 * (an invitation is some tens of kilobytes); anything much larger is not a bounce of ours.
 */
export const MAX_BOUNCE_BYTES = 512 * 1024;
