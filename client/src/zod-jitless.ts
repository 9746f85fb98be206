import { z } from 'zod';

// The page's Content-Security-Policy forbids eval (server/src/http/security-headers.ts). zod would
// probe for it with `Function('')` before falling back to its interpreter, and the probe shows up as
// a CSP violation: tell it up front not to compile validators. Imported first by each entry point
// (the page and the lint worker).
z.config({ jitless: true });
