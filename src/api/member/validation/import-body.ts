import fs from 'node:fs/promises';

import { errors } from '@strapi/utils';
import type { Context } from 'koa';

import { MemberCsvFormatError, parseMemberCsv, parseMemberJson, type ParsedMemberCsv } from '../../../lib/member-csv';

type UploadedFile = { filepath: string; originalFilename?: string | null; mimetype?: string | null };

const uploadedFile = (ctx: Context): UploadedFile | undefined => {
  const files = (ctx.request as { files?: Record<string, UploadedFile | UploadedFile[]> }).files;
  const file = files?.file;
  return Array.isArray(file) ? file[0] : file;
};

/**
 * Reads an import from any of its three forms: a `text/csv` body, a multipart upload (field
 * `file`, CSV or JSON), or a JSON array (optionally as `{ "data": [...] }`). A file that is not
 * in the member format at all is a 400 naming what is wrong.
 */
export const readImport = async (ctx: Context): Promise<ParsedMemberCsv> => {
  try {
    const file = uploadedFile(ctx);
    if (file) {
      const text = await fs.readFile(file.filepath, 'utf8');
      const looksJson = /json/i.test(file.mimetype ?? '') || /\.json$/i.test(file.originalFilename ?? '');
      return looksJson ? parseMemberJson(JSON.parse(text)) : parseMemberCsv(text);
    }
    if (ctx.is('text/*')) {
      if (typeof ctx.request.body !== 'string' || ctx.request.body.trim() === '') {
        throw new MemberCsvFormatError('The CSV file is empty.');
      }
      return parseMemberCsv(ctx.request.body);
    }
    if (ctx.is('json')) {
      const body = ctx.request.body as unknown;
      const items = body && typeof body === 'object' && !Array.isArray(body) && 'data' in body ? (body as { data: unknown }).data : body;
      return parseMemberJson(items);
    }
  } catch (error) {
    if (error instanceof MemberCsvFormatError || error instanceof SyntaxError) {
      throw new errors.ValidationError(error.message);
    }
    throw error;
  }
  throw new errors.ValidationError('Send the members as text/csv, as a JSON array, or as a multipart upload in the field "file"');
};
