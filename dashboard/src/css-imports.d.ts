// esbuild bundles imported stylesheets into the app's CSS file; to TypeScript they are side effects only.
declare module '*.css';
