import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { Graph } from '../api/query-types.ts';
import { useFormat } from '../format/use-format.ts';

/** Node colours by entity type (also used by the legend). */
export const NODE_COLORS: Record<string, string> = {
  city: '#0b7183',
  organization: '#c2410c',
  person: '#7c3aed',
  event: '#15803d',
  agreement: '#b91c1c',
  country: '#475569',
  post: '#a16207',
  proposal: '#64748b',
};

/**
 * The neighbourhood graph drawn with cytoscape (loaded on demand, it is large): nodes coloured by
 * type and labelled in the reader's language, edges labelled with their relation. A tap on a node
 * calls `onSelect` (the page recentres the graph there). The canvas is decorative for assistive
 * technology: the page lists the same nodes as links beside it.
 */
export function EntityGraph({ graph, edgeLabel, onSelect }: { graph: Graph; edgeLabel(kind: string, role: string | null): string; onSelect(id: string): void }) {
  const f = useFormat();
  const box = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    let cancelled = false;
    const elements: ElementDefinition[] = [
      ...graph.nodes.map((n) => ({
        data: { id: n.id, label: f.label(n.labels, n.id).text, color: NODE_COLORS[n.type] ?? '#64748b', center: n.id === graph.center ? 1 : 0, depth: n.depth },
      })),
      ...graph.edges
        .filter((e) => graph.nodes.some((n) => n.id === e.source) && graph.nodes.some((n) => n.id === e.target))
        .map((e) => ({ data: { id: `e-${e.id}`, source: e.source, target: e.target, label: edgeLabel(e.kind, e.role), deprecated: e.rank === 'deprecated' ? 1 : 0 } })),
    ];
    // Edge labels only while they stay readable; the side list and tooltips carry the rest.
    const edgeLabels = graph.edges.length <= 20;
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (cancelled || !box.current) return;
      cy.current?.destroy();
      const instance = cytoscape({
        container: box.current,
        elements,
        wheelSensitivity: 0.3,
        style: [
          {
            selector: 'node',
            style: {
              'background-color': 'data(color)',
              label: 'data(label)',
              'font-family': 'Vazirmatn, sans-serif',
              'font-size': 11,
              color: '#1f2933',
              'text-valign': 'bottom',
              'text-margin-y': 4,
              'text-wrap': 'wrap',
              'text-max-width': '120px',
              width: 18,
              height: 18,
            },
          },
          { selector: 'node[center = 1]', style: { width: 30, height: 30, 'border-width': 3, 'border-color': '#0f172a', 'font-weight': 'bold' } },
          {
            selector: 'edge',
            style: {
              width: 1.4,
              'line-color': '#94a3b8',
              'target-arrow-color': '#94a3b8',
              'target-arrow-shape': 'triangle',
              'curve-style': 'bezier',
              label: edgeLabels ? 'data(label)' : '',
              'font-size': 9,
              color: '#64748b',
              'text-rotation': 'autorotate',
              'text-background-color': '#ffffff',
              'text-background-opacity': 0.8,
            },
          },
          { selector: 'edge[deprecated = 1]', style: { 'line-style': 'dashed', opacity: 0.5 } },
        ],
        // Rings by distance from the centre: readable for the star-shaped neighbourhoods the API returns.
        layout: { name: 'concentric', concentric: (n) => 10 - Number(n.data('depth') ?? 0), levelWidth: () => 1, minNodeSpacing: 36, padding: 30, animate: false },
      });
      instance.on('tap', 'node', (event) => select.current(String(event.target.id())));
      cy.current = instance;
    });
    return () => {
      cancelled = true;
    };
  }, [graph, f, edgeLabel]);

  useEffect(() => () => cy.current?.destroy(), []);

  return <div ref={box} className="graph-canvas" data-testid="graph-canvas" aria-hidden="true" dir="ltr" />;
}
