// Node page: any node of the graph, with its statements and the statements that point at it. Documents,
// entities and rules have their own pages, so the page sends those there.
import { el, link, getJson, showError, param, pageOf, graphHref, nodeHref, localName, setTitle } from './common.js';

const main = document.getElementById('main');

function statementTable(caption, rows, valueHeading) {
  const table = el('table', 'statements');
  table.appendChild(el('caption', null, caption));
  const head = el('tr');
  head.appendChild(el('th', null, 'Property'));
  head.appendChild(el('th', null, valueHeading));
  table.appendChild(head);
  for (const row of rows) {
    const line = el('tr');
    const predicate = el('td', 'predicate', localName(row.predicate));
    predicate.title = row.predicate;
    line.appendChild(predicate);
    const value = el('td', 'value');
    value.appendChild(row.iri ? link(nodeHref(row.value), row.value, 'iri') : document.createTextNode(row.value));
    line.appendChild(value);
    table.appendChild(line);
  }
  return table;
}

async function start() {
  const iri = param('iri');
  if (!iri) {
    showError(main, 'No node given.', 'Add ?iri=… to the address.');
    return;
  }
  const graph = await getJson('/api/v1/graph?depth=0&iri=' + encodeURIComponent(iri));
  const center = graph.center;
  if (['document', 'entity', 'rule'].includes(center.type) && param('raw') === null) {
    location.replace(pageOf(center));
    return;
  }
  setTitle(center.label);
  const header = el('header', 'doc-header');
  header.appendChild(el('h1', 'page-title', center.label));
  header.appendChild(el('code', 'iri', center.iri));
  const meta = el('div', 'meta');
  meta.appendChild(link(graphHref(center.iri), 'Graph view'));
  if (['document', 'entity', 'rule'].includes(center.type)) meta.appendChild(link(pageOf(center), 'Its page'));
  header.appendChild(meta);
  main.replaceChildren(header,
    statementTable('Statements about it (' + graph.properties.length + ')', graph.properties, 'Value'),
    statementTable('Statements that point at it (' + graph.incoming.length + ')', graph.incoming, 'From'));
}

start().catch(error => showError(main, 'Cannot show this node:', error));
