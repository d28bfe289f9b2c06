import { defineConfig } from 'vite'

// The workbench UI (web/) builds to web/dist, which `entente serve` serves from the same origin as the API.
// No inline scripts or styles in the output: the server's Content-Security-Policy forbids them.
export default defineConfig({
  root: 'web',
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, modulePreload: { polyfill: false }, chunkSizeWarningLimit: 1200, assetsInlineLimit: 0 },
  server: { proxy: { '/api': 'http://127.0.0.1:7300', '/-': 'http://127.0.0.1:7300', '/openapi.json': 'http://127.0.0.1:7300' } },
})
