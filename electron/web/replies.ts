import type { ServerResponse } from 'node:http';
import type { ApiErrorBody, ApiErrorCode } from '../../contract/errors';
import { CONTENT_SECURITY_POLICY } from './security';

/**
 * The headers every reply carries, pages, API answers, downloads and errors alike: a reply that is not a page
 * can still be opened as one (an error text, a downloaded SVG), so none may run script or be sniffed into HTML.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

/** Answers that hold plan data or a session must not be kept by the browser or anything between. */
export const NO_STORE = 'no-store';

export function writeHead(
  res: ServerResponse,
  status: number,
  headers: Record<string, string | number>,
): ServerResponse {
  return res.writeHead(status, { ...SECURITY_HEADERS, 'cache-control': NO_STORE, ...headers });
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  writeHead(res, status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  writeHead(res, status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** An API failure in the envelope the page's client reads (`{ ok: false, error }`), with its HTTP status. */
export function sendApiError(res: ServerResponse, status: number, code: ApiErrorCode, message: string): void {
  const error: ApiErrorBody = { code, message };
  sendJson(res, status, { ok: false, error });
}
