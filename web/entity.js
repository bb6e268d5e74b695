// Entity page: an entity's names, the rules that bind it and the documents that mention it, with the
// provisions that name it, from GET /api/v1/entities/{id}.
import {
  el, link, getJson, showError, param, modalityBadge, documentHref, ruleHref, graphHref, nodeHref, setTitle,
} from './common.js';

const main = document.getElementById('main');

/**
 * {entity: {iri, id, label, type, aliases}, rules: [rule], documents: [document summary],
 * namedIn: [{documentId, provisions, first: [{iri, label, ordinal, start, end}]}], issued: [document summary]}.
 */
async function load(id) {
  const body = await getJson('/api/v1/entities/' + encodeURIComponent(id));
  return { ...body.entity, aliases: body.aliases || [], rules: body.rules || [], documents: body.documents || [],
    namedIn: body.namedIn || [], issued: body.issued || [] };
}

/**
 * The documents that mention the entity, those naming it in most provisions first, each with links to the
 * first provisions that name it, opened at their place in the text.
 */
function mentioningDocuments(documents, namedIn) {
  const naming = new Map(namedIn.map(entry => [entry.documentId, entry]));
  const count = doc => (naming.get(doc.id) || { provisions: 0 }).provisions;
  const ordered = [...documents].sort((a, b) => count(b) - count(a));
  return listSection('Documents that mention it', ordered, 'No document mentions it.', doc => {
    const item = el('li');
    if (doc.kind) item.appendChild(el('span', 'badge kind', doc.kind));
    item.appendChild(link(documentHref(doc.id), doc.title || doc.id));
    const places = naming.get(doc.id);
    if (places) {
      const where = el('span', 'named-in muted',
        ' — named in ' + places.provisions + (places.provisions === 1 ? ' provision: ' : ' provisions: '));
      // A label several of them carry (a preamble's "I.") tells them apart no better than none: the ordinal does.
      const labels = places.first.map(place => place.label);
      places.first.forEach((place, index) => {
        if (index > 0) where.appendChild(document.createTextNode(', '));
        const repeated = place.label && labels.indexOf(place.label) !== labels.lastIndexOf(place.label);
        const name = !place.label ? '¶ ' + place.ordinal
          : repeated ? place.label + ' (¶ ' + place.ordinal + ')' : place.label;
        where.appendChild(link(documentHref(doc.id, place.start, place.end), name));
      });
      if (places.provisions > places.first.length) where.appendChild(document.createTextNode(' …'));
      item.appendChild(where);
    }
    return item;
  });
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
  const ruleItem = rule => {
    const item = el('li');
    item.appendChild(modalityBadge(rule.modality, rule.reported));
    item.appendChild(link(ruleHref(rule.iri), rule.text || rule.iri, 'rule-link'));
    if (rule.documentTitle) item.appendChild(el('span', 'muted', ' — ' + rule.documentTitle));
    return item;
  };
  // What binds it first; what news and acts' preambles say binds it (their rules are reported) after.
  const imposed = entity.rules.filter(rule => !rule.reported);
  const reported = entity.rules.filter(rule => rule.reported);
  const rules = listSection('Rules that bind it', imposed, reported.length
    ? 'No document imposes a rule on it; some report one (below).' : 'No rule names it as its bearer.', ruleItem);
  const reports = reported.length
    ? [listSection('Rules reported to bind it (news, preambles)', reported, '', ruleItem)] : [];
  const documents = mentioningDocuments(entity.documents, entity.namedIn);
  // Only bodies that issue documents have any; an empty section on every other entity would say nothing.
  const issued = entity.issued.length
    ? [listSection('Documents it issued', entity.issued, '', doc => {
        const item = el('li');
        if (doc.kind) item.appendChild(el('span', 'badge kind', doc.kind));
        item.appendChild(link(documentHref(doc.id), doc.title || doc.id));
        return item;
      })]
    : [];
  main.replaceChildren(header, aliases, ...issued, rules, ...reports, documents);
}

start().catch(error => showError(main, 'Cannot show this entity:', error));
