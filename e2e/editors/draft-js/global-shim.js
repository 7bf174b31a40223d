// Draft.js's dependency fbjs (setImmediate) reads the Node global `global`; the fixture bundle runs in a browser
// page, so alias it to globalThis. Imported first by index.jsx, before draft-js itself is evaluated.
if (typeof globalThis.global === 'undefined') globalThis.global = globalThis;
