// Graph view: the documents, entities and rules around one node, drawn as SVG with a small force layout
// (no library: the picture is at most 120 nodes). Clicking a node re-centres the picture on it; the side
// panel lists every node with a link to its own page. State lives in the URL: ?iri=...&depth=...
import { el, link, getJson, showError, param, pageOf, graphHref, setTitle } from './common.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 960;
const HEIGHT = 640;
const ITERATIONS = 300;
const TYPE_NAMES = { document: 'Document', external: 'Cited, not stored', entity: 'Entity', rule: 'Rule', node: 'Other' };
const main = document.getElementById('main');
const side = document.getElementById('side');

function svg(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, String(value));
  return node;
}

/** A stable number in [0, 1) from a string, so the same graph is always laid out the same way. */
function hash(text) {
  let value = 2166136261;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 16777619);
  }
  return (value >>> 0) / 4294967296;
}

/** Fruchterman-Reingold: nodes repel, edges pull, the centre stays put; cooling makes it settle. */
function layout(graph) {
  const k = Math.sqrt((WIDTH * HEIGHT) / Math.max(1, graph.nodes.length)) * 0.6;
  const positions = new Map();
  graph.nodes.forEach((node, index) => {
    const angle = hash(node.iri) * 2 * Math.PI;
    const radius = index === 0 ? 0 : 120 + 160 * hash(node.iri + '#r');
    positions.set(node.iri, { x: WIDTH / 2 + radius * Math.cos(angle), y: HEIGHT / 2 + radius * Math.sin(angle) });
  });
  const edges = graph.edges.filter(e => positions.has(e.source) && positions.has(e.target) && e.source !== e.target);
  let temperature = WIDTH / 8;
  for (let step = 0; step < ITERATIONS; step++) {
    const shift = new Map(graph.nodes.map(node => [node.iri, { x: 0, y: 0 }]));
    for (let i = 0; i < graph.nodes.length; i++) {
      for (let j = i + 1; j < graph.nodes.length; j++) {
        const a = positions.get(graph.nodes[i].iri);
        const b = positions.get(graph.nodes[j].iri);
        const dx = a.x - b.x || 0.01;
        const dy = a.y - b.y || 0.01;
        const distance = Math.max(1, Math.hypot(dx, dy));
        const force = (k * k) / distance;
        const sa = shift.get(graph.nodes[i].iri);
        const sb = shift.get(graph.nodes[j].iri);
        sa.x += (dx / distance) * force; sa.y += (dy / distance) * force;
        sb.x -= (dx / distance) * force; sb.y -= (dy / distance) * force;
      }
    }
    for (const edge of edges) {
      const a = positions.get(edge.source);
      const b = positions.get(edge.target);
      const dx = a.x - b.x;
      const dy = a.y - b.y;
      const distance = Math.max(1, Math.hypot(dx, dy));
      const force = (distance * distance) / k;
      shift.get(edge.source).x -= (dx / distance) * force; shift.get(edge.source).y -= (dy / distance) * force;
      shift.get(edge.target).x += (dx / distance) * force; shift.get(edge.target).y += (dy / distance) * force;
    }
    graph.nodes.forEach((node, index) => {
      if (index === 0) return;
      const s = shift.get(node.iri);
      const length = Math.max(1, Math.hypot(s.x, s.y));
      const p = positions.get(node.iri);
      p.x = Math.min(WIDTH - 60, Math.max(60, p.x + (s.x / length) * Math.min(length, temperature)));
      p.y = Math.min(HEIGHT - 30, Math.max(30, p.y + (s.y / length) * Math.min(length, temperature)));
    });
    temperature *= 0.985;
  }
  return positions;
}

function shortLabel(node) {
  const text = node.type === 'rule' ? (node.detail || 'rule') : (node.label || node.iri);
  return text.length > 30 ? text.substring(0, 28) + '…' : text;
}

function draw(graph) {
  const positions = layout(graph);
  const picture = svg('svg', { viewBox: '0 0 ' + WIDTH + ' ' + HEIGHT, class: 'graph', role: 'group' });
  picture.setAttribute('aria-label', 'Graph of ' + graph.nodes.length + ' nodes around ' + graph.center.label);
  const defs = svg('defs');
  const marker = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 22, refY: 5, markerWidth: 7,
    markerHeight: 7, orient: 'auto-start-reverse' });
  marker.appendChild(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow-head' }));
  defs.appendChild(marker);
  picture.appendChild(defs);
  const edgeLayer = svg('g', { class: 'edges' });
  for (const edge of graph.edges) {
    const a = positions.get(edge.source);
    const b = positions.get(edge.target);
    if (!a || !b) continue;
    edgeLayer.appendChild(svg('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: 'edge', 'marker-end': 'url(#arrow)' }));
    const label = svg('text', { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 - 3, class: 'edge-label' });
    label.textContent = edge.relation;
    edgeLayer.appendChild(label);
  }
  picture.appendChild(edgeLayer);
  const nodeLayer = svg('g', { class: 'nodes' });
  graph.nodes.forEach((node, index) => {
    const p = positions.get(node.iri);
    const anchor = svg('a', { href: graphHref(node.iri) + '&depth=' + currentDepth(), class: 'node-link' });
    anchor.dataset.iri = node.iri;
    anchor.dataset.type = node.type;
    const title = svg('title');
    title.textContent = (TYPE_NAMES[node.type] || node.type) + ': ' + (node.title || node.label);
    anchor.appendChild(title);
    const classes = 'node t-' + node.type + (node.type === 'rule' ? ' m-' + node.detail : '')
      + (index === 0 ? ' center' : '');
    anchor.appendChild(svg('circle', { cx: p.x, cy: p.y, r: index === 0 ? 14 : 10, class: classes }));
    const label = svg('text', { x: p.x, y: p.y + (index === 0 ? 30 : 24), class: 'node-label' });
    label.textContent = shortLabel(node);
    anchor.appendChild(label);
    anchor.addEventListener('click', event => {
      if (event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      history.pushState({}, '', graphHref(node.iri) + '&depth=' + currentDepth());
      render();
    });
    nodeLayer.appendChild(anchor);
  });
  picture.appendChild(nodeLayer);
  return picture;
}

function currentDepth() {
  const depth = parseInt(param('depth') || '1', 10);
  return depth >= 1 && depth <= 3 ? depth : 1;
}

function renderSide(graph) {
  side.replaceChildren();
  const center = el('section', 'side-section');
  center.appendChild(el('h2', null, 'Centre'));
  center.appendChild(el('p', 'center-title', graph.center.title || graph.center.label));
  center.appendChild(link(pageOf(graph.center), 'Open its page', 'button-link'));
  side.appendChild(center);
  const depthSection = el('section', 'side-section');
  const label = el('label', null, 'Steps out ');
  const select = el('select');
  select.id = 'depth';
  for (const depth of [1, 2, 3]) {
    const option = el('option', null, depth);
    option.value = depth;
    option.selected = depth === currentDepth();
    select.appendChild(option);
  }
  select.addEventListener('change', () => {
    history.pushState({}, '', graphHref(graph.center.iri) + '&depth=' + select.value);
    render();
  });
  label.appendChild(select);
  depthSection.appendChild(label);
  side.appendChild(depthSection);
  for (const type of Object.keys(TYPE_NAMES)) {
    const nodes = graph.nodes.filter(node => node.type === type);
    if (!nodes.length) continue;
    const list = el('ul', 'node-list');
    for (const node of nodes) {
      const item = el('li');
      item.appendChild(el('span', 'swatch t-' + type + (type === 'rule' ? ' m-' + node.detail : '')));
      const text = type === 'rule' ? node.detail + ': ' + node.title : node.title || node.label;
      item.appendChild(link(pageOf(node), text.length > 90 ? text.substring(0, 88) + '…' : text));
      list.appendChild(item);
    }
    const section = el('section', 'side-section');
    section.appendChild(el('h2', null, TYPE_NAMES[type] + ' (' + nodes.length + ')'));
    section.appendChild(list);
    side.appendChild(section);
  }
}

async function render() {
  const iri = param('iri');
  if (!iri) {
    showError(main, 'No node given.', 'Open the graph view from a document, rule or entity, or add ?iri=… to the address.');
    return;
  }
  try {
    const graph = await getJson('/api/v1/graph?iri=' + encodeURIComponent(iri) + '&depth=' + currentDepth());
    setTitle('Graph around ' + graph.center.label);
    const heading = el('h1', 'page-title', 'Around: ' + (graph.center.title || graph.center.label));
    const note = el('p', 'muted', graph.nodes.length + ' nodes, ' + graph.edges.length + ' edges'
      + (graph.truncated ? ' (stopped at the node limit; fewer steps show the nearest part)' : '')
      + '. Click a node to centre the picture on it.');
    main.replaceChildren(heading, note, draw(graph));
    renderSide(graph);
  } catch (error) {
    side.replaceChildren();
    showError(main, 'Cannot draw this graph:', error);
  }
}

window.addEventListener('popstate', render);
render();
