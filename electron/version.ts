import pkg from '../package.json';

export const APP_VERSION: string = pkg.version;

/**
 * An id of this build of the app, set when `npm run build` bundles it (a new one each build); undefined when
 * running from the sources. Caches of what the code draws are only trusted within one build.
 */
export const BUILD_ID: string | undefined = process.env.PLANHJULET_BUILD_ID;
