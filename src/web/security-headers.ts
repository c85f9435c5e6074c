/**
 * Security headers for every response (@fastify/helmet), with a strict Content-Security-Policy the dashboard pages
 * inherit: only this origin's own scripts, styles and images, no inline script, no framing, forms post to itself.
 */
import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", "data:"],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  objectSrc: ["'none'"],
  // The server listens on plain http behind a proxy or on 127.0.0.1: upgrading would break a local dashboard.
  upgradeInsecureRequests: null,
};

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    crossOriginEmbedderPolicy: true,
    referrerPolicy: { policy: "no-referrer" },
  });
}
