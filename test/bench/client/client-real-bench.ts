/**
 * The client benchmark on real data (`--part client-real`): the four files of ../shared/data
 * imported into their own bench store (real-store.ts), the explorer opened on the view around the
 * big hubs (real-view.ts), once with every neighbour drawn on its own (grouping off, the baseline)
 * and once with the groups the hubs' expansions make, alternating `rounds` times in the same run.
 * Each: time to first drawing and the layout (client-bench.ts), pan and zoom frames per second
 * (frames.ts), and colliding node labels (labels.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { launchBrowser } from '../../e2e/browser.ts';
import { startApi } from '../stack/servers.ts';
import { measureView, OBSERVE_LONG_TASKS, type ClientResult } from './client-bench.ts';
import { countLabelCollisions, type LabelCollisions } from './labels.ts';
import { realView, type RealView } from './real-view.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface RealClientResult extends ClientResult {
  variant: 'ungrouped' | 'grouped';
  round: number;
  /** Group nodes drawn. */
  groupNodes: number;
  labels: LabelCollisions;
}

/** Runs the real-data client benchmark against the store at `neo4jUri`. */
export async function runClientRealBench(
  neo4jUri: string,
  driver: Driver,
  options: {
    log: (line: string) => void;
    rounds?: number;
    maxNodes?: number;
    /** Expansion steps from the hubs (real-view.ts). */
    depth?: number;
    clientDist?: string;
  },
): Promise<{ view: Omit<RealView, 'plainHash' | 'groupedHash'>; results: RealClientResult[] }> {
  const { log } = options;
  const dist = path.resolve(root, options.clientDist ?? path.join('client', 'dist'));
  if (!existsSync(path.join(dist, 'index.html'))) {
    if (options.clientDist) throw new Error(`${dist} holds no built explorer.`);
    execFileSync('npm', ['run', 'build', '-w', 'client'], { cwd: root, stdio: 'inherit' });
  }
  const view = await realView(driver, { maxNodes: options.maxNodes, depth: options.depth });
  log(
    `Real view: ${view.ids.length} nodes around ${view.hubs.map(({ name, id, neighbours }) => `${name} (${id}, ${neighbours} neighbours)`).join(', ')}; ${view.groups.length} groups of ${view.groups.reduce((sum, { members }) => sum + members.length, 0)} members.`,
  );
  const api = await startApi(neo4jUri, { CLIENT_DIST: dist });
  const results: RealClientResult[] = [];
  try {
    const base = api.url.replace(/\/graphql$/, '');
    for (let round = 1; round <= (options.rounds ?? 1); round += 1) {
      for (const variant of ['ungrouped', 'grouped'] as const) {
        const url = `${base}/${variant === 'grouped' ? view.groupedHash : view.plainHash}`;
        log(`Client (real, ${variant}, round ${round}): ${view.ids.length} nodes.`);
        const browser = await launchBrowser();
        try {
          const page = await browser.context.newPage();
          await page.addInitScript(OBSERVE_LONG_TASKS);
          const result = await measureView(page, url, dist, view.ids.length, log);
          const groupNodes = await page.evaluate<number>(`(() => {
            const cy = document.querySelector('[data-testid="graph-canvas"]').policygraphGraph.cy;
            return cy.nodes().filter((node) => node.id().startsWith('g:')).length;
          })()`);
          await page.evaluate(
            `document.querySelector('[data-testid="graph-canvas"]').policygraphGraph.cy.fit()`,
          );
          const labels = await countLabelCollisions(
            page,
            view.hubs.map(({ id }) => id),
          );
          log(
            `  ${groupNodes} group nodes; labels at the fitted view (zoom ${labels.fitted.zoom.toFixed(2)}): ${labels.fitted.drawn} drawn, ${labels.fitted.colliding} colliding pairs (${labels.fitted.overlapped} labels overlapped); at zoom 1 around the hubs: ${labels.around.map(({ drawn, colliding }) => `${colliding} of ${drawn}`).join(', ')}`,
          );
          results.push({ ...result, variant, round, groupNodes, labels });
        } finally {
          await browser.close();
        }
      }
    }
  } finally {
    await api.stop();
  }
  const { plainHash: _plain, groupedHash: _grouped, ...summary } = view;
  return { view: summary, results };
}
