/**
 * The client benchmark: the built explorer, served by our API over the benchmark graph, opened in
 * headless Chromium (test/e2e/browser.ts: Debian's Chromium, software rendering) on a shared-view
 * URL holding about 1,000, 5,000 and 20,000 elements. For each: when the view's data arrived and
 * when the first graph was drawn (the explorer's performance marks), when the layout finished,
 * the longest main-thread task meanwhile, which renderer draws, and the frames per second while
 * panning (mouse drag) and zooming (mouse wheel). With `compare`, a second build of the explorer is
 * measured too, served by its own API over the same graph, alternating with the first at each size
 * (so both see the same load on a busy machine).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { SyntheticGraph } from '@policygraph/synthetic';
import { createDriver } from '@policygraph/db';
import { launchBrowser } from '../../e2e/browser.ts';
import { startApi } from '../stack/servers.ts';
import { viewIds } from './view-ids.ts';
import { measureFrames, type FrameSummary } from './frames.ts';
import { startCpuProfile } from './profile.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Element counts measured. */
export const TARGETS = [1_000, 5_000, 20_000];

export interface ClientResult {
  target: number;
  /** Which build was measured (`--name` / `--compare-name`); absent: the default build. */
  build?: string;
  nodes: number;
  relationships: number;
  /**
   * `canvas-texture` / `canvas-hide-edges`: the canvas renderer drawing a cached image / leaving the
   * relationships out while the user pans or zooms.
   */
  renderer: 'webgl' | 'canvas' | 'canvas-texture' | 'canvas-hide-edges';
  /** The explorer's choice (`data-renderer` of the graph): `canvas`, `canvas-large` (large-graph style) or `webgl`. */
  rendererKind: string | null;
  /** GraphQL requests of the page, and when the first started and the last ended (ms from navigation start). */
  graphql: { requests: number; firstStart: number; lastEnd: number };
  /** Milliseconds from navigation start. */
  dataArrivedMs: number | null;
  firstRenderMs: number | null;
  layoutDoneMs: number | null;
  /** Milliseconds the worker itself spent on the whole-graph layout (null: laid out on the page). */
  workerLayoutMs: number | null;
  /** First render after the data arrived (the client's own part). */
  renderAfterDataMs: number | null;
  /**
   * From the data's arrival to Cytoscape's first drawn frame holding nodes (its `render` event),
   * how long the page worked before the first `setElements` started (React rendering the view and
   * the browser laying it out), and how much the first `setElements` took (diff, `cy.add` with its
   * styling, placement).
   */
  dataToFirstDrawMs?: number | null;
  dataToElementsMs?: number | null;
  firstElementsSetMs?: number | null;
  /** Longest main-thread task from navigation to the end of the layout, and their total beyond 50 ms each. */
  longestTaskMs: number;
  blockingMs: number;
  pan: FrameSummary;
  zoom: FrameSummary;
  /** Panning again SETTLE_MS after the zoom measurement. */
  panSettled: FrameSummary;
}

/** Milliseconds waited before `panSettled`. */
const SETTLE_MS = 3_000;

/** Records long tasks from the first script on. */
export const OBSERVE_LONG_TASKS = `
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__benchLongTasks.push([entry.startTime, entry.duration]); })
    .observe({ type: 'longtask', buffered: true });
`;

async function marks(page: Page): Promise<{
  data: number | null;
  first: number | null;
  drawn: number | null;
  set: number | null;
  setStart: number | null;
  worker: number | null;
}> {
  return page.evaluate(`(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    const worker = performance.getEntriesByName('policygraph:worker-layout-done').at(-1)?.detail?.ms ?? null;
    const set = performance.getEntriesByName('policygraph:first-elements-set')[0]?.duration ?? null;
    return { data: at('policygraph:shared-view-data'), first: at('policygraph:first-graph-rendered'), drawn: at('policygraph:first-graph-drawn'), set, setStart: at('policygraph:first-elements-set'), worker };
  })()`);
}

/**
 * Opens `url` (a build in `dist`) in `page` and measures it: the explorer's marks up to the end of
 * the layout, the longest tasks, the renderer, and the frames per second while panning, zooming and
 * panning again after SETTLE_MS. Lines go to `log`.
 */
export async function measureView(
  page: Page,
  url: string,
  dist: string,
  target: number,
  log: (line: string) => void,
): Promise<ClientResult> {
  // A view of thousands of ids makes a URL longer than an HTTP server accepts (Node: 16 kB of
  // headers), so the page itself is served from the build here; everything else is fetched as usual.
  await page.route(
    (address) => address.pathname === '/' && address.search.length > 0,
    (route) => route.fulfill({ path: path.join(dist, 'index.html'), contentType: 'text/html' }),
  );
  const profile = process.env.BENCH_CPU_PROFILE ? await startCpuProfile(page) : null;
  await page.goto(url, { waitUntil: 'domcontentloaded' }).catch((error: Error) => {
    throw new Error(error.message.slice(0, 300));
  });
  await page.waitForFunction(
    () => performance.getEntriesByName('policygraph:first-graph-rendered').length > 0,
    null,
    { timeout: 600_000, polling: 100 },
  );
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-layout') ===
      'idle',
    null,
    { timeout: 900_000, polling: 100 },
  );
  const layoutDoneMs = await page.evaluate(() => performance.now());
  if (profile) {
    const heaviest = await profile.stop(
      path.join(root, 'test-results', 'bench', `client-profile-${target}.cpuprofile`),
    );
    log(
      `  CPU profile (self time, ms): ${heaviest.map(({ name, ms }) => `${name} ${ms}`).join('; ')}`,
    );
  }
  const { data, first, drawn, set, setStart, worker } = await marks(page);
  const shape = await page.evaluate(() => {
    const cy = (
      document.querySelector('[data-testid="graph-canvas"]') as unknown as {
        policygraphGraph: {
          cy: {
            nodes(): { length: number };
            edges(): { length: number };
            renderer(): {
              webgl?: boolean;
              textureOnViewport?: boolean;
              hideEdgesOnViewport?: boolean;
            };
          };
        };
      }
    ).policygraphGraph.cy;
    const tasks = (window as unknown as { __benchLongTasks: [number, number][] }).__benchLongTasks;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const requests = resources
      .filter((entry) => entry.name.endsWith('/graphql'))
      .map((entry) => [
        entry.startTime,
        entry.responseEnd,
        entry.requestStart,
        entry.responseStart,
      ]);
    const scripts = resources.filter((entry) => /\.js$/.test(entry.name));
    return {
      graphql: {
        requests: requests.length,
        firstStart: Math.min(...requests.map(([start]) => start!)),
        lastEnd: Math.max(...requests.map(([, end]) => end!)),
        firstTimings: requests[0] ?? [],
      },
      scriptsLoaded: Math.max(0, ...scripts.map((entry) => entry.responseEnd)),
      kind:
        document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-renderer') ??
        null,
      nodes: cy.nodes().length,
      relationships: cy.edges().length,
      webgl: Boolean(cy.renderer().webgl),
      texture: Boolean(cy.renderer().textureOnViewport),
      hideEdges: Boolean(cy.renderer().hideEdgesOnViewport),
      longest: Math.max(0, ...tasks.map(([, duration]) => duration)),
      blocking: tasks.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
    };
  });
  log(
    `  ${shape.nodes} nodes, ${shape.relationships} relationships drawn (${shape.kind}: ${shape.webgl ? 'WebGL' : shape.texture ? 'canvas, image while panning' : shape.hideEdges ? 'canvas, edges hidden while panning' : 'canvas'}); data ${Math.round(data ?? -1)} ms, first render ${Math.round(first ?? -1)} ms, layout done ${Math.round(layoutDoneMs)} ms (worker ${worker ?? '-'} ms), longest task ${Math.round(shape.longest)} ms; first drawn ${Math.round(drawn ?? -1)} ms (${data !== null && drawn !== null ? Math.round(drawn - data) : '-'} ms after the data: ${data !== null && setStart !== null ? Math.round(setStart - data) : '-'} ms before the first setElements, which took ${Math.round(set ?? -1)} ms)`,
  );
  const pan = await measureFrames(page, 'pan');
  const zoom = await measureFrames(page, 'zoom');
  // Panning again once the renderer has had time to rebuild its image caches (as a user who looks
  // before panning would find it).
  await page.waitForTimeout(SETTLE_MS);
  const panSettled = await measureFrames(page, 'pan');
  log(
    `  pan ${pan.fps} fps (p95 frame ${pan.p95FrameMs} ms, ${pan.movingFrames} of ${pan.frames} frames moved), zoom ${zoom.fps} fps (p95 frame ${zoom.p95FrameMs} ms, ${zoom.movingFrames} of ${zoom.frames} moved), pan after ${SETTLE_MS / 1000} s ${panSettled.fps} fps (p95 frame ${panSettled.p95FrameMs} ms)`,
  );
  const round = (value: number | null) => (value === null ? null : Math.round(value));
  return {
    target,
    nodes: shape.nodes,
    relationships: shape.relationships,
    renderer: shape.webgl
      ? 'webgl'
      : shape.texture
        ? 'canvas-texture'
        : shape.hideEdges
          ? 'canvas-hide-edges'
          : 'canvas',
    rendererKind: shape.kind,
    graphql: {
      requests: shape.graphql.requests,
      firstStart: Math.round(shape.graphql.firstStart),
      lastEnd: Math.round(shape.graphql.lastEnd),
    },
    dataArrivedMs: round(data),
    firstRenderMs: round(first),
    layoutDoneMs: Math.round(layoutDoneMs),
    workerLayoutMs: worker,
    renderAfterDataMs: data !== null && first !== null ? Math.round(first - data) : null,
    dataToFirstDrawMs: data !== null && drawn !== null ? Math.round(drawn - data) : null,
    dataToElementsMs: data !== null && setStart !== null ? Math.round(setStart - data) : null,
    firstElementsSetMs: round(set),
    longestTaskMs: Math.round(shape.longest),
    blockingMs: Math.round(shape.blocking),
    pan,
    zoom,
    panSettled,
  };
}

/** Runs the client benchmark against the graph at `neo4jUri`. */
export async function runClientBench(
  neo4jUri: string,
  graph: SyntheticGraph,
  options: {
    log: (line: string) => void;
    targets?: number[];
    clientDist?: string;
    name?: string;
    /** Another build measured alternately with the first (`--compare-dist`, `--compare-name`). */
    compare?: { dist: string; name: string };
  },
): Promise<ClientResult[]> {
  const dist = path.resolve(root, options.clientDist ?? path.join('client', 'dist'));
  if (!existsSync(path.join(dist, 'index.html'))) {
    if (options.clientDist) throw new Error(`${dist} holds no built explorer.`);
    execFileSync('npm', ['run', 'build', '-w', 'client'], { cwd: root, stdio: 'inherit' });
  }
  const builds = [{ dist, name: options.name || undefined }];
  if (options.compare) {
    const other = path.resolve(root, options.compare.dist);
    if (!existsSync(path.join(other, 'index.html')))
      throw new Error(`${other} holds no built explorer.`);
    builds.unshift({ dist: other, name: options.compare.name });
    builds[1]!.name ??= 'default';
  }
  const driver = createDriver({ uri: neo4jUri, local: true });
  const apis = [];
  const results: ClientResult[] = [];
  try {
    // The benchmark measures the explorer, so a query slowed past the API's 10 s limit by a busy
    // machine is waited for rather than failed (the page would wait for a drawing that never comes).
    for (const build of builds)
      apis.push(
        await startApi(neo4jUri, { CLIENT_DIST: build.dist, NEO4J_QUERY_TIMEOUT_MS: '120000' }),
      );
    const start = graph.measures[Math.min(10, graph.measures.length - 1)]!.id;
    for (const target of options.targets ?? TARGETS) {
      const { ids } = await viewIds(driver, start, target);
      for (const [index, build] of builds.entries()) {
        const api = apis[index]!;
        const url = `${api.url.replace(/\/graphql$/, '')}/?${ids.map((id) => `n=${encodeURIComponent(id)}`).join('&')}`;
        options.log(
          `Client${build.name ? ` (${build.name})` : ''}: ${target} elements (${ids.length} nodes) from ${start}`,
        );
        const browser = await launchBrowser();
        try {
          const page = await browser.context.newPage();
          await page.addInitScript(OBSERVE_LONG_TASKS);
          const result = await measureView(page, url, build.dist, target, options.log);
          results.push(build.name ? { ...result, build: build.name } : result);
        } finally {
          await browser.close();
        }
      }
    }
  } finally {
    for (const api of apis) await api.stop();
    await driver.close();
  }
  return results;
}
