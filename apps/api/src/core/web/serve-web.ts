import { existsSync } from 'node:fs';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';

const API_PATHS = ['/graphql', '/health', '/api/'];

/**
 * Serves the built web app on the API's port: static assets with long caching (their names carry
 * content hashes), and index.html for every other page path so client-side routes survive a reload.
 * Returns false when there is no build to serve.
 */
export function serveWebApp(app: INestApplication, webDist: string): boolean {
  const indexFile = path.join(webDist, 'index.html');
  if (!existsSync(indexFile)) return false;
  app.use('/assets', express.static(path.join(webDist, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  app.use(express.static(webDist, { index: false }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPage = req.method === 'GET' && req.accepts('html') && !API_PATHS.some((prefix) => req.path.startsWith(prefix));
    if (!isPage) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
  return true;
}
