/** Problems reading or writing the user's files. */
export const FILE_CODES = [
  'FILE_NOT_FOUND',
  'FILE_UNREADABLE',
  'FILE_NOT_WRITABLE',
  'FILE_TOO_LARGE',
  'PROJECT_INVALID',
  'PROJECT_TOO_LARGE',
] as const;
