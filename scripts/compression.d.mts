// The `compression` package (gzip middleware for node:http, used by static-server.mjs) ships no types; this
// is the one call the scripts make: `compression()` with the default options.
declare module 'compression' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  /** Middleware that gzips a response when the request accepts it, then calls `next`. */
  export default function compression(): (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
}
