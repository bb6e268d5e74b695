// Entity page: an entity's names, the rules that bind it and the documents that mention it. It reads
// GET /api/v1/entities/{id}; where that route is not there (older servers), it builds the same view from the
// graph API, which knows the entity's labels and neighbours.
import {
  el, link, getJson, showError, param, modalityBadge, documentHref, ruleHref, graphHref, nodeHref, setTitle,
  ApiError,
} from './common.js';

const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const RG = 'https://reggraph.org/ontology#';
const main = document.getElementById('main');

/** The entity from the entity API, in the shape this page uses. */
function fromEntityApi(body) {
  const entity = body.entity || body;
  return {
    iri: entity.iri,
    label: entity.label || entity.prefLabel || entity.name || entity.id,
    type: entity.type || entity.entityType,
    aliases: body.aliases || entity.aliases || [],
    rules: body.rules || entity.rules || [],
    documents: body.documents || entity.documents || [],
  };
}

/** The same view from the graph API's neighbourhood of the entity. */
function fromGraph(graph) {
  const values = predicate => graph.properties.filter(p => p.predicate === predicate).map(p => p.value);
  const binding = new Set(graph.edges.filter(e => e.relation === 'binds' && e.target === graph.center.iri)
    .map(e => e.source));
  return {
    iri: graph.center.iri,
    label: values(SKOS + 'prefLabel')[0] || graph.center.label,
    type: values(RG + 'entityType')[0],
    aliases: values(SKOS + 'altLabel'),
    rules: graph.nodes.filter(n => n.type === 'rule' && binding.has(n.iri))
      .map(n => ({ iri: n.iri, modality: n.detail, text: n.title })),
    documents: graph.nodes.filter(n => n.type === 'document')
      .map(n => ({ id: n.id, title: n.title, kind: n.detail, identifier: n.label })),
  };
}

async function load(id) {
  try {
    return fromEntityApi(await getJson('/api/v1/entities/' + encodeURIComponent(id)));
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 404) throw error;
    return fromGraph(await getJson('/api/v1/graph?depth=1&entity=' + encodeURIComponent(id)));
  }
}

function listSection(title, items, empty, render) {
  const block = el('section', 'card');
  block.appendChild(el('h2', null, title + ' (' + items.length + ')'));
  if (!items.length) {
    block.appendChild(el('p', 'muted', empty));
    return block;
  }
  const list = el('ul', 'plain-list');
  items.forEach(item => list.appendChild(render(item)));
  block.appendChild(list);
  return block;
}

async function start() {
  const id = param('id');
  if (!id) {
    showError(main, 'No entity given.', 'Open an entity from a rule or the graph, or add ?id=… to the address.');
    return;
  }
  const entity = await load(id);
  setTitle(entity.label);
  const header = el('header', 'doc-header');
  header.appendChild(el('h1', 'page-title', entity.label));
  const meta = el('div', 'meta');
  if (entity.type) meta.appendChild(el('span', 'badge', entity.type));
  if (entity.iri) {
    meta.appendChild(link(graphHref(entity.iri), 'Graph view'));
    meta.appendChild(link(nodeHref(entity.iri) + '&raw', 'All statements'));
  }
  header.appendChild(meta);
  const aliases = el('section', 'card');
  aliases.appendChild(el('h2', null, 'Also known as'));
  const names = entity.aliases.filter(alias => alias !== entity.label);
  if (names.length) {
    const list = el('ul', 'aliases');
    names.forEach(alias => list.appendChild(el('li', 'alias', alias)));
    aliases.appendChild(list);
  } else {
    aliases.appendChild(el('p', 'muted', 'No other names recorded.'));
  }
  const rules = listSection('Rules that bind it', entity.rules, 'No rule names it as its bearer.', rule => {
    const item = el('li');
    item.appendChild(modalityBadge(rule.modality, rule.reported));
    item.appendChild(link(ruleHref(rule.iri), rule.text || rule.iri, 'rule-link'));
    if (rule.documentTitle) item.appendChild(el('span', 'muted', ' — ' + rule.documentTitle));
    return item;
  });
  const documents = listSection('Documents that mention it', entity.documents, 'No document mentions it.', doc => {
    const item = el('li');
    if (doc.kind) item.appendChild(el('span', 'badge kind', doc.kind));
    item.appendChild(link(documentHref(doc.id), doc.title || doc.id));
    return item;
  });
  main.replaceChildren(header, aliases, rules, documents);
}

start().catch(error => showError(main, 'Cannot show this entity:', error));
