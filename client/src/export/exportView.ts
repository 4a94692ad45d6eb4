/**
 * Saves the shown view in one of the export formats: PNG (from Cytoscape), JSON, GraphML (with the
 * current positions) or CSV of the shown statements with their evidence.
 */
import type { GraphNode, GraphRelationship } from '../model/types.ts';
import { parseElementId } from '../graph/elementIds.ts';
import { statementsToCsv } from './csv.ts';
import { downloadFile, exportFileStem } from './download.ts';
import { toGraphml } from './graphml.ts';
import { toJsonExport } from './json.ts';

export type ExportFormat = 'png' | 'json' | 'graphml' | 'csv';

/** What an export needs from the graph view. */
export interface ExportSource {
  nodes: readonly GraphNode[];
  relationships: readonly GraphRelationship[];
  png: () => Promise<Blob>;
  /** Positions by Cytoscape element id. */
  positions: () => Map<string, { x: number; y: number }>;
}

/** Builds the file for `format` and offers it as a download. */
export async function exportView(format: ExportFormat, source: ExportSource): Promise<void> {
  const stem = exportFileStem();
  switch (format) {
    case 'png':
      downloadFile(`${stem}.png`, await source.png());
      return;
    case 'json':
      downloadFile(
        `${stem}.json`,
        toJsonExport(source.nodes, source.relationships),
        'application/json',
      );
      return;
    case 'graphml': {
      const positions = new Map<string, { x: number; y: number }>();
      for (const [elementId, position] of source.positions()) {
        const parsed = parseElementId(elementId);
        if (parsed?.group === 'node') positions.set(parsed.id, position);
      }
      downloadFile(
        `${stem}.graphml`,
        toGraphml(source.nodes, source.relationships, positions),
        'application/graphml+xml',
      );
      return;
    }
    case 'csv':
      // The byte order mark makes spreadsheet programs read the file as UTF-8 (Chinese quotes).
      downloadFile(
        `${stem}-statements.csv`,
        '\ufeff' + statementsToCsv(source.nodes),
        'text/csv;charset=utf-8',
      );
      return;
  }
}
