// Injected into the CommonJS bundles by scripts/package.js: `import.meta.url` of ESM-only code in dependencies
// (fdir, under tinyglobby, passes it to createRequire) becomes the bundle's own file URL.
export const importMetaUrl = require('url').pathToFileURL(__filename).href;
