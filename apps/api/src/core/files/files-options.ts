/** Settings of the file store (read from the environment by core/config/app-config.ts). */
export interface FilesOptions {
  /** STARDESK_FILES_DIR: the folder holding attachment content, by SHA-256. */
  dir: string;
  /** STARDESK_UPLOAD_MAX_MB in bytes: the largest file accepted. */
  maxUploadBytes: number;
}

export const FILES_OPTIONS = Symbol('FILES_OPTIONS');
