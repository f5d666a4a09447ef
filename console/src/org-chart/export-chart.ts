import { getNodesBounds, type Node } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';

const PADDING = 32;
/** Browsers refuse canvases much past 16k pixels a side; a PNG stays well inside that. */
const MAX_PNG_SIDE = 8000;

/**
 * The whole open chart as an image, whatever part of it is on screen: React Flow's viewport
 * element drawn by html-to-image with a transform that puts every node in the picture (as
 * React Flow's "download image" example does; html-to-image is pinned at 1.11.11, the last
 * version that example finds to export properly). PNG at full size up to MAX_PNG_SIDE, SVG at
 * full size.
 */
export async function exportChart(
  viewport: HTMLElement,
  nodes: Node[],
  format: 'png' | 'svg',
  fileName: string,
) {
  const bounds = getNodesBounds(nodes);
  const fullWidth = bounds.width + 2 * PADDING;
  const fullHeight = bounds.height + 2 * PADDING;
  const scale = format === 'png' ? Math.min(1, MAX_PNG_SIDE / Math.max(fullWidth, fullHeight)) : 1;
  const width = Math.ceil(fullWidth * scale);
  const height = Math.ceil(fullHeight * scale);
  const x = (PADDING - bounds.x) * scale;
  const y = (PADDING - bounds.y) * scale;
  const options = {
    backgroundColor: '#ffffff',
    width,
    height,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${x}px, ${y}px) scale(${scale})`,
    },
  };
  const dataUrl =
    format === 'png' ? await toPng(viewport, options) : await toSvg(viewport, options);
  const link = document.createElement('a');
  link.download = `${fileName}.${format}`;
  link.href = dataUrl;
  link.click();
}
