// /api/openapi.json and /api/docs (Swagger UI served from the installed package, no CDN).
import { createRequire } from 'node:module';
import path from 'node:path';
import express, { Router } from 'express';

const swaggerDir = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>AI Bridge API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="docs"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;

const init = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#docs' });`;

export function docsRouter(document: object): Router {
  const router = Router();
  router.get('/openapi.json', (_req, res) => res.json(document));
  router.get('/docs', (_req, res) => res.type('html').send(page));
  router.get('/docs/init.js', (_req, res) => res.type('js').send(init));
  router.use('/docs/assets', express.static(swaggerDir, { index: false, maxAge: '1d' }));
  return router;
}
