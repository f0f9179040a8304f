// Vite configuration of the playground: four pages (playground, embed, example, timeline
// benchmark), ES-module workers (the engine worker imports the wasm loaders), and the
// cross-origin isolation headers that enable the multi-threaded engine.
import { defineConfig, type Plugin } from 'vite';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

// The engine's Emscripten output (CMake targets goroscope_st / goroscope_mt) is served
// unbundled under engine/: its loaders find their .wasm and pthread workers next to
// themselves, and the pthread worker is a classic script a bundler must not rewrite.
const engineDir = resolve(here, '../build-wasm/web');
const engineTypes: Record<string, string> = {
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
};

function engineFiles(): Plugin {
  return {
    name: 'goroscope-engine',
    configureServer(server) {
      server.middlewares.use('/engine', (req, res, next) => {
        const file = join(engineDir, (req.url ?? '').split('?')[0].replace(/^\/+/, ''));
        if (!file.startsWith(engineDir) || !existsSync(file)) return next();
        res.setHeader(
          'Content-Type',
          engineTypes[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream',
        );
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      if (!existsSync(engineDir))
        this.error(`no engine build in ${engineDir}: run web/scripts/build.sh`);
      for (const f of readdirSync(engineDir))
        this.emitFile({
          type: 'asset',
          fileName: `engine/${f}`,
          source: readFileSync(join(engineDir, f)),
        });
    },
  };
}

const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  root: here,
  base: './',
  build: {
    outDir: resolve(here, '../dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4200, // Monaco (~4 MB) is one chunk, loaded lazily
    rollupOptions: {
      input: {
        index: resolve(here, 'index.html'),
        embed: resolve(here, 'embed.html'),
        example: resolve(here, 'example.html'),
        'bench-timeline': resolve(here, 'bench-timeline.html'),
      },
    },
  },
  plugins: [engineFiles()],
  worker: { format: 'es' },
  server: { headers: isolation, fs: { allow: [resolve(here, '..')] } },
  preview: { headers: isolation },
});
