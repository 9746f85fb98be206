/**
 * The page's first script (#18), a separate entry the build places ahead of the app's own chunk: it
 * starts the editor's metadata fetch, sync socket and lint worker while that chunk still downloads and
 * parses (app/early-load.ts).
 */
import { startEarlyLoad } from './early-load';

startEarlyLoad();
