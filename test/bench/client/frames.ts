/**
 * Frames per second while the user pans (drags the background, from the margin that fitting leaves
 * around the graph) or zooms (mouse wheel over the middle) the explorer's graph: animation frames are counted in the page while Playwright sends the
 * input, one event every 16 ms for `seconds`. A frame the renderer cannot finish in time delays
 * the next animation frame, so the count is the frames the user sees.
 */
import type { Page } from 'playwright-core';

/** Frames per second, and the longest and 95th-percentile time between frames, in milliseconds. */
export interface FrameSummary {
  fps: number;
  frames: number;
  worstFrameMs: number;
  p95FrameMs: number;
  /** Frames in which the viewport differed from the frame before (the input reached the graph). */
  movingFrames: number;
  moved: boolean;
}

const START = `(() => {
  const cy = document.querySelector('[data-testid="graph-canvas"]').policygraphGraph.cy;
  const viewport = () => JSON.stringify([cy.pan(), cy.zoom()]);
  window.__benchFrames = [];
  window.__benchMoving = 0;
  window.__benchRecording = true;
  let last = viewport();
  const tick = (time) => {
    window.__benchFrames.push(time);
    const now = viewport();
    if (now !== last) window.__benchMoving += 1;
    last = now;
    if (window.__benchRecording) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

const STOP = `(() => {
  window.__benchRecording = false;
  return { frames: window.__benchFrames, movingFrames: window.__benchMoving };
})()`;

/**
 * A point of the canvas with no element under it, nearest the middle: where a user starts a drag
 * to pan (a drag that starts on a node moves the node). Found through the renderer's hit test.
 */
async function emptySpot(
  page: Page,
  box: { x: number; y: number; width: number; height: number },
): Promise<[number, number]> {
  const found = await page.evaluate<[number, number] | null>(`(() => {
    const r = document.querySelector('[data-testid="graph-canvas"]').policygraphGraph.cy.renderer();
    const rect = r.container.getBoundingClientRect();
    const cx = rect.width / 2, cy = rect.height / 2;
    for (let radius = 0; radius < Math.max(cx, cy) - 60; radius += 6) {
      for (let step = 0; step < Math.max(1, radius); step += 6) {
        const angle = (step / Math.max(1, radius)) * 2 * Math.PI;
        const x = cx + radius * Math.cos(angle), y = cy + radius * Math.sin(angle);
        if (x < 60 || y < 60 || x > rect.width - 60 || y > rect.height - 60) continue;
        const p = r.projectIntoViewport(rect.left + x, rect.top + y);
        if (!r.findNearestElement(p[0], p[1], true, false)) return [rect.left + x, rect.top + y];
      }
    }
    return null;
  })()`);
  return found ?? [box.x + box.width - 12, box.y + box.height - 12];
}

/** Measures `gesture` for `seconds`. */
export async function measureFrames(
  page: Page,
  gesture: 'pan' | 'zoom',
  seconds = 3,
): Promise<FrameSummary> {
  const box = (await page.locator('[data-testid="graph-canvas"]').boundingBox())!;
  const [x, y] =
    gesture === 'pan'
      ? await emptySpot(page, box)
      : [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.evaluate(START);
  const deadline = Date.now() + seconds * 1000;
  let step = 0;
  if (gesture === 'pan') {
    await page.mouse.down();
    while (Date.now() < deadline) {
      const along = step % 80 < 40 ? step % 40 : 40 - (step % 40);
      await page.mouse.move(x - along * 6, y - along * 3);
      await page.waitForTimeout(16);
      step += 1;
    }
    await page.mouse.up();
  } else {
    while (Date.now() < deadline) {
      await page.mouse.wheel(0, Math.floor(step / 15) % 2 === 0 ? -60 : 60);
      await page.waitForTimeout(16);
      step += 1;
    }
  }
  const { frames, movingFrames } = await page.evaluate<{ frames: number[]; movingFrames: number }>(
    STOP,
  );
  const gaps = frames
    .slice(1)
    .map((time, index) => time - frames[index]!)
    .sort((a, b) => a - b);
  const span = frames.length > 1 ? frames[frames.length - 1]! - frames[0]! : 0;
  return {
    fps: span > 0 ? Math.round(((frames.length - 1) / span) * 10_000) / 10 : 0,
    frames: frames.length,
    worstFrameMs: Math.round(gaps[gaps.length - 1] ?? 0),
    p95FrameMs: Math.round(gaps[Math.max(0, Math.ceil(gaps.length * 0.95) - 1)] ?? 0),
    movingFrames,
    moved: movingFrames > 0,
  };
}
