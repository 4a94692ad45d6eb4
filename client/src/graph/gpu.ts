/**
 * What draws WebGL in this browser: a hardware GPU, a software rasteriser (SwiftShader, llvmpipe:
 * headless browsers, virtual machines, GPUs on a block list) or nothing. Asked once, from the
 * WEBGL_debug_renderer_info extension of a throw-away WebGL 2 context.
 */

/** How WebGL is drawn here. */
export type GpuKind = 'hardware' | 'software' | 'none';

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i;

let known: GpuKind | null = null;

/** `renderer` (UNMASKED_RENDERER_WEBGL) classified; '' when the browser hides it. */
export function classifyRenderer(renderer: string | null): GpuKind {
  if (renderer === null) return 'none';
  return SOFTWARE.test(renderer) ? 'software' : 'hardware';
}

/** How WebGL is drawn in this browser (cached after the first call). */
export function detectGpu(): GpuKind {
  if (known) return known;
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) {
      known = 'none';
    } else {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const renderer = info
        ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL))
        : String(gl.getParameter(gl.RENDERER));
      known = classifyRenderer(renderer);
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    known = 'none';
  }
  return known;
}
