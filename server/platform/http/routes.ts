// Declares a module's routes once: each becomes an Express route (access → validate → handler)
// (with an optional rate limit first) and an OpenAPI operation, so the document cannot drift from what the server does.
import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { z } from 'zod';
import type { Access } from './access';
import type { Operation } from './openapi';
import { idempotent } from './idempotency';
import { validate } from './validate';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export type RouteSpec = {
  summary: string;
  access: Access;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response?: z.ZodType;
  status?: number;
  /** Documents a multipart upload that the handler reads with `receiveFile`. */
  upload?: { field: string; types: string[]; maxBytes: number };
  /** Documents a non-JSON success response. */
  produces?: string;
  /** Throttles that run before everything else (rate limit → access → validate → handler). */
  limits?: RequestHandler[];
  /** Creates something: honours an Idempotency-Key header (after validation, before the handler; see idempotency.ts). */
  idempotent?: boolean;
};

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;
export type Input<S extends RouteSpec> = { params: Out<S['params']>; query: Out<S['query']>; body: Out<S['body']> };
type Handler<S extends RouteSpec> = (input: Input<S>, req: Request, res: Response) => unknown;

export type RouteGroup = ReturnType<typeof routeGroup>;

export function routeGroup(basePath: string, tag: string) {
  const router = Router();
  const operations: Operation[] = [];
  const add =
    (method: Method) =>
    <S extends RouteSpec>(path: string, spec: S, handler: Handler<S>) => {
      const { limits = [], ...doc } = spec;
      operations.push({ ...doc, method, path: `${basePath}${path === '/' ? '' : path}`, tags: [tag], access: spec.access.who, limited: limits.length > 0 });
      const once = spec.idempotent ? [idempotent()] : [];
      router[method](path, ...limits, spec.access, validate(spec), ...once, async (req, res) => {
        await handler(res.locals.input as Input<S>, req, res);
      });
    };
  return { basePath, router, operations, get: add('get'), post: add('post'), put: add('put'), patch: add('patch'), delete: add('delete') };
}
