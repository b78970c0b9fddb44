export { exportBackup } from "./export-backup";
export { restoreBackup } from "./restore-backup";
export { BACKUP_FORMAT, BACKUP_TABLES } from "./tables";
