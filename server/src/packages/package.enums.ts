/** TikTok package statuses (API.md §6.2). */
export const PACKAGE_STATUSES = ['TO_FULFILL', 'PROCESSING', 'FULFILLING', 'COMPLETED', 'CANCELLED'] as const;
export type PackageStatus = (typeof PACKAGE_STATUSES)[number];

/** Whether the hub's view of a record has reached TikTok. */
export const SYNC_STATUSES = ['SYNCED', 'PENDING', 'FAILED'] as const;
export type SyncStatus = (typeof SYNC_STATUSES)[number];
