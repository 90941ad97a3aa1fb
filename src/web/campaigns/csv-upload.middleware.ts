import type { NextFunction, Request, Response } from 'express';
import multer, { MulterError } from 'multer';

export const UPLOAD_LIMIT_BYTES = 256 * 1024;

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: UPLOAD_LIMIT_BYTES, files: 1, fields: 5, parts: 6 } }).single('file');

export type UploadRequest = Request & { file?: { buffer: Buffer }; uploadError?: string };

/**
 * Reads a raters file sent as multipart/form-data, before the route's guard, so the form token
 * beside the file is there to check. A file that cannot be taken is said beside the file field,
 * like any refused input, rather than thrown past the page.
 */
export function csvUpload(req: Request, res: Response, next: NextFunction): void {
  upload(req, res, (error: unknown) => {
    if (error) {
      (req as UploadRequest).uploadError =
        error instanceof MulterError && error.code === 'LIMIT_FILE_SIZE'
          ? `is too large: at most ${UPLOAD_LIMIT_BYTES / 1024} kB`
          : `could not be read: ${error instanceof Error ? error.message : 'send it again'}`;
    }
    next();
  });
}
