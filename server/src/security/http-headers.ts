import type { FastifyCorsOptions } from '@fastify/cors';
import type { FastifyHelmetOptions } from '@fastify/helmet';

/**
 * Headers for every response. The console is a single-page app served from this origin: its
 * scripts, styles and API calls all come from 'self'. Styles allow inline because the
 * console's component library injects its styles at run time. TLS ends at the reverse proxy,
 * which is where HSTS and the upgrade to https belong.
 */
export function httpSecurityOptions(corsOrigins: string[]) {
  const helmet: FastifyHelmetOptions = {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Same answer as frame-ancestors 'none', for browsers that only know the older header.
    frameguard: { action: 'deny' },
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
  };

  const allowed = new Set(corsOrigins);
  const cors: FastifyCorsOptions = {
    // Only listed origins get CORS headers; for the rest the browser blocks the response.
    origin: (origin, done) => done(null, origin !== undefined && allowed.has(origin)),
    methods: ['POST'],
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight'],
    credentials: false,
    maxAge: 600,
  };
  return { helmet, cors };
}
