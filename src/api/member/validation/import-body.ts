import fs from 'node:fs';
import { pipeline, Readable, Transform } from 'node:stream';

import { errors } from '@strapi/utils';
import type { Context } from 'koa';

import {
  MemberCsvFormatError,
  parseMemberCsvStream,
  parseMemberJsonStream,
  parseMemberJsonYielding,
  type ParsedMemberCsv,
  type RowProgress,
} from '../../../lib/member-csv';
import { deferredBodyOf } from '../../../middlewares/deferred-import-body';

type UploadedFile = { filepath: string; originalFilename?: string | null; mimetype?: string | null };

/** Slices of a CSV (bytes or characters) the streaming parser takes in one go: a few milliseconds of parsing each. */
const TEXT_SLICE_CHARS = 16 * 1024;

const uploadedFile = (ctx: Context): UploadedFile | undefined => {
  const files = (ctx.request as { files?: Record<string, UploadedFile | UploadedFile[]> }).files;
  const file = files?.file;
  return Array.isArray(file) ? file[0] : file;
};

function* slicesOf(text: string) {
  for (let start = 0; start < text.length; start += TEXT_SLICE_CHARS) yield text.slice(start, start + TEXT_SLICE_CHARS);
}

const parseParsedBody = async (ctx: Context, onProgress?: RowProgress): Promise<ParsedMemberCsv> => {
  const file = uploadedFile(ctx);
  if (file) {
    const looksJson = /json/i.test(file.mimetype ?? '') || /\.json$/i.test(file.originalFilename ?? '');
    try {
      if (looksJson) return await parseMemberJsonStream(fs.createReadStream(file.filepath, { highWaterMark: TEXT_SLICE_CHARS }), onProgress);
      return await parseMemberCsvStream(fs.createReadStream(file.filepath, { highWaterMark: TEXT_SLICE_CHARS }), onProgress);
    } finally {
      // strapi::body removes only uploads in the field "files": this one is ours to delete.
      await fs.promises.rm(file.filepath, { force: true });
    }
  }
  if (ctx.is('text/*')) {
    if (typeof ctx.request.body !== 'string' || ctx.request.body.trim() === '') {
      throw new MemberCsvFormatError('The CSV file is empty.');
    }
    return parseMemberCsvStream(Readable.from(slicesOf(ctx.request.body)), onProgress);
  }
  if (ctx.is('json')) {
    const body = ctx.request.body as unknown;
    const items = body && typeof body === 'object' && !Array.isArray(body) && 'data' in body ? (body as { data: unknown }).data : body;
    return parseMemberJsonYielding(items, onProgress);
  }
  throw new errors.ValidationError('Send the members as text/csv, as a JSON array, or as a multipart upload in the field "file"');
};

const INTERRUPTED_UPLOAD_CODES = new Set(['ERR_STREAM_PREMATURE_CLOSE', 'ECONNRESET', 'ECONNABORTED']);

/**
 * The client went away (or the connection broke) before the whole file arrived. Checked by code,
 * not `instanceof Error`: Node's stream errors may come from another realm (Jest's sandbox).
 */
const isUploadInterrupted = (error: unknown) =>
  typeof error === 'object' && error !== null && INTERRUPTED_UPLOAD_CODES.has(String((error as { code?: unknown }).code));

/**
 * A text (CSV) or JSON request body as a stream of at most `maxBytes`, parsed as it arrives: a 25 MB
 * file is never held as one string, and a body over the limit is refused as soon as it is (413).
 */
const streamedTextBody = (ctx: Context, maxBytes: number): Readable => {
  const declared = Number(ctx.get('content-length') || 0);
  if (declared > maxBytes) throw new errors.PayloadTooLargeError('The file is larger than the import limit', { limitBytes: maxBytes });
  let received = 0;
  const limited = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      if (received > maxBytes) done(new errors.PayloadTooLargeError('The file is larger than the import limit', { limitBytes: maxBytes }));
      else done(null, chunk);
    },
  });
  // pipeline ends `limited` with ERR_STREAM_PREMATURE_CLOSE when the client goes away mid-upload.
  return pipeline(ctx.req, limited, () => undefined);
};

/**
 * Reads an import from any of its three forms: a `text/csv` body, a multipart upload (field
 * `file`, CSV or JSON), or a JSON array (optionally as `{ "data": [...] }`). On the import routes
 * the body is read here, not before the controller (see the deferred-import-body middleware), so
 * callers hold the import lock first: a CSV or JSON body is parsed straight from the request, item
 * by item; a multipart upload goes through Strapi's body parser (its limits) and is then streamed from its temp file. A file that is not in the member format at all is
 * a 400 naming what is wrong; an upload cut off mid-way is a 400 too (nobody is left to read it).
 */
export const readImport = async (ctx: Context, onProgress?: RowProgress): Promise<ParsedMemberCsv> => {
  try {
    const deferred = deferredBodyOf(ctx);
    if (!deferred) return await parseParsedBody(ctx, onProgress);
    deferred.restoreContentType();
    if (ctx.is('text/*')) return await parseMemberCsvStream(streamedTextBody(ctx, deferred.maxTextBytes), onProgress);
    // JSON is read the same way, item by item, within the same size limit (IMPORT_MAX_SIZE).
    if (ctx.is('json')) return await parseMemberJsonStream(streamedTextBody(ctx, deferred.maxTextBytes), onProgress);
    let parsed: ParsedMemberCsv | undefined;
    // Strapi's parser removes an uploaded temp file when this returns, so the file is read inside.
    await deferred.parseWith(async () => {
      parsed = await parseParsedBody(ctx, onProgress);
    });
    if (!parsed) throw new errors.PayloadTooLargeError('The uploaded file is too large');
    return parsed;
  } catch (error) {
    if (error instanceof MemberCsvFormatError || error instanceof SyntaxError) {
      throw new errors.ValidationError(error.message);
    }
    if (isUploadInterrupted(error)) throw new errors.ValidationError('The upload ended before the whole file arrived');
    throw error;
  }
};
