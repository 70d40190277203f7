/**
 * Reading a JSON request body. JSON travels as UTF-8 (RFC 8259 §8.1); decoding a body as
 * a string would silently turn any byte that is not UTF-8 into U+FFFD, so a note could be
 * stored with letters the person never wrote. The body is read as bytes and refused whole
 * when they are not UTF-8: a check of the bytes (simdutf, well under a microsecond for a
 * moment's body), then the one decode that was made before anyway. Before JSON.parse
 * sees it, a body nested deeper or with an object wider than any Headway or FHIR file is
 * refused (core/json-shape.ts): parsing one froze every request for seconds.
 */
import { isUtf8 } from 'node:buffer';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../app/errors.js';
import { jsonShapeProblem } from '../core/json-shape.js';

type Done = (error: Error | null, body?: unknown) => void;
type StringParser = (request: FastifyRequest, body: string, done: Done) => void;

export const NOT_UTF8_MESSAGE = 'body: is not UTF-8 text, so it cannot be read as JSON; nothing was saved. Send JSON encoded as UTF-8';

/** `problem` from jsonShapeProblem, worded for the body. */
export const shapeMessage = (problem: string) =>
  `body: ${problem}, more than any Headway export or FHIR form has, so it was not read; nothing was saved`;

/**
 * `parseJson` given the body as text once its bytes are known to be UTF-8. With
 * `emptyIsNoBody`, an empty body is no body (a route that needs one says so by name).
 */
export function utf8Json(parseJson: StringParser, emptyIsNoBody: boolean) {
  return (request: FastifyRequest, bytes: Buffer, done: Done): void => {
    if (emptyIsNoBody && bytes.length === 0) return done(null, undefined);
    if (!isUtf8(bytes)) return done(new AppError('invalid_json', NOT_UTF8_MESSAGE, 'body'));
    const shape = jsonShapeProblem(bytes);
    if (shape !== null) return done(new AppError('invalid_json', shapeMessage(shape), 'body'));
    parseJson(request, bytes.toString('utf8'), done);
  };
}

/** Registers the JSON parser for a media type, reading bytes so utf8Json can check them. */
export function addJsonParser(app: FastifyInstance, type: string, parseJson: StringParser, emptyIsNoBody: boolean): void {
  const parse = utf8Json(parseJson, emptyIsNoBody);
  app.addContentTypeParser(type, { parseAs: 'buffer' }, (request, body, done) => parse(request, body as Buffer, done));
}
