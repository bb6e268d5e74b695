// Search page. The whole state (query, facet filters, page) lives in the URL: /?q=...&kind=...&offset=...,
// so every view can be shared and reloaded. Facet values are links to the narrowed URL.
import {
  el, link, getJson, showError, modalityBadge, documentHref, ruleHref, referenceItem, setTitle, provisionName, entityHref, localName,
  nodeHref, partCitationItem,
} from './common.js';

const DIMENSIONS = ['kind', 'part', 'issuer', 'jurisdiction', 'modality', 'bearer', 'names', 'year', 'lang'];
const DIMENSION_NAMES = {
  kind: 'Kind', part: 'Part of the act', issuer: 'Issuer', jurisdiction: 'Jurisdiction', modality: 'Modality',
  bearer: 'Bearer', names: 'Names', year: 'Year', lang: 'Language',
};
const PAGE_SIZE = 20;

const form = document.getElementById('search-form');
const input = document.getElementById('q');
const statusLine = document.getElementById('status');
const results = document.getElementById('results');
const facetPanel = document.getElementById('facets');
const activeFilters = document.getElementById('filters');
const pager = document.getElementById('pager');
const main = document.getElementById('main');

/** The search the URL describes. */
function stateFromUrl() {
  const params = new URLSearchParams(location.search);
  const filters = {};
  for (const dimension of DIMENSIONS) {
    const values = params.getAll(dimension).filter(value => value !== '');
    if (values.length) filters[dimension] = values;
  }
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  return { query: (params.get('q') || '').trim(), filters, offset };
}

function urlFor(state) {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const dimension of DIMENSIONS) {
    for (const value of state.filters[dimension] || []) params.append(dimension, value);
  }
  if (state.offset) params.set('offset', String(state.offset));
  const search = params.toString();
  return '/' + (search ? '?' + search : '');
}

function toggled(state, dimension, value) {
  const filters = { ...state.filters };
  const values = new Set(filters[dimension] || []);
  if (values.has(value)) values.delete(value); else values.add(value);
  if (values.size) filters[dimension] = [...values]; else delete filters[dimension];
  return { query: state.query, filters, offset: 0 };
}

/** A link that changes the search in place (and still works opened in a new tab). */
function stateLink(state, text, className) {
  const anchor = link(urlFor(state), text, className);
  anchor.addEventListener('click', event => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(state);
  });
  return anchor;
}

function navigate(state) {
  history.pushState({}, '', urlFor(state));
  render();
}

const NAMED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Undoes the server's HTML escaping (named and numeric references) by hand: no HTML parser touches the text. */
function unescapeHtml(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (reference, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.substring(2), 16) : parseInt(name.substring(1), 10);
      return code > 0 && code <= 0x10FFFF ? String.fromCodePoint(code) : reference;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? reference;
  });
}

/**
 * Snippets arrive HTML-escaped with <mark> around matches, the layout of converted PDFs and pages already
 * folded by the server; rebuild them from text nodes and <mark> only.
 */
function snippetNode(snippet) {
  const container = el('p', 'snippet');
  let marked = false;
  for (const part of snippet.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') { marked = true; continue; }
    if (part === '</mark>') { marked = false; continue; }
    const text = unescapeHtml(part);
    container.appendChild(marked ? el('mark', null, text) : document.createTextNode(text));
  }
  return container;
}

/** Labels the last answer gave its facet values (an entity's IRI, bearer or named, is shown by its preferred label). */
let facetLabels = {};

function rememberFacetLabels(facets) {
  facetLabels = {};
  for (const [dimension, values] of Object.entries(facets || {})) {
    for (const { value, label } of values) {
      if (label) facetLabels[dimension + '\u0000' + value] = label;
    }
  }
}

/** A value's label if the answer gave one; else, for an entity IRI, its key ("secretary of commerce"). */
function facetLabel(dimension, value) {
  const label = facetLabels[dimension + '\u0000' + value];
  if (label) return label;
  if ((dimension === 'bearer' || dimension === 'names') && /^https?:\/\//.test(value)) {
    return localName(value).replace(/-/g, ' ');
  }
  return value;
}

function renderHit(hit, documentListedAbove) {
  const item = el('li', 'card hit');
  const doc = hit.document || {};
  const first = hit.matches && hit.matches.length ? hit.matches[0] : { start: hit.start, end: hit.end };
  const heading = el('h2', 'hit-title');
  heading.appendChild(link(documentHref(doc.id, first.start, first.end), doc.title || doc.id));
  item.appendChild(heading);
  const meta = el('div', 'meta');
  meta.appendChild(el('span', 'badge kind', doc.kind));
  if (hit.part === 'preamble') {
    const part = el('span', 'badge preamble', 'preamble');
    part.title = 'The act\'s preamble: it explains the act and binds no one';
    meta.appendChild(part);
  }
  if (hit.label || hit.heading) {
    const name = provisionName(hit.label, hit.heading);
    // A labelled part has one IRI in every version of its document: its page lists each version's text of it.
    const label = hit.subdivision ? link(nodeHref(hit.subdivision), name, 'provision-label')
      : el('span', 'provision-label', name);
    if (hit.subdivision) label.title = hit.label + ' in every version of this document';
    meta.appendChild(label);
  }
  if (doc.date) meta.appendChild(el('span', null, doc.date));
  if (doc.issuer) meta.appendChild(el('span', null, doc.issuer));
  item.appendChild(meta);
  item.appendChild(snippetNode(hit.snippet || ''));
  if (Array.isArray(hit.rules) && hit.rules.length) {
    const rules = el('ul', 'hit-rules');
    rules.setAttribute('aria-label', 'Rules in this provision');
    for (const rule of hit.rules) {
      const row = el('li');
      row.appendChild(modalityBadge(rule.modality, rule.reported));
      row.appendChild(link(ruleHref(rule.iri), rule.text || rule.iri, 'rule-link'));
      if (rule.bearerEntity) {
        row.appendChild(document.createTextNode(' — '));
        row.appendChild(link(entityHref(localName(rule.bearerEntity)), rule.bearer || localName(rule.bearerEntity),
          'entity-link'));
      } else if (rule.bearer) {
        row.appendChild(el('span', 'muted', ' — ' + rule.bearer));
      }
      rules.appendChild(row);
    }
    item.appendChild(rules);
  }
  const references = crossReferences(hit.crossReferences, hit, documentListedAbove);
  if (references) item.appendChild(references);
  return item;
}

const SHOWN_REFERENCES = 4;

/**
 * A hit's cross-references: what the hit cites in its own text and who cites the part it is, then what its
 * document cites and what cites that, and related provisions elsewhere. The API gives {provisionCites,
 * provisionCitedBy, cites, citedBy} each with its total, cut to their first few, and related; a plain list is
 * read as "Document cites". "+N more" leads to the document, whose reader links them all; related provisions
 * are all shown, each linking to its place in its document. A document's own lists are shown on its first hit
 * of the page only: twelve hits of one rule repeated the same four citations twelve times.
 */
function crossReferences(given, hit, documentListedAbove) {
  if (!given) return null;
  const groups = Array.isArray(given) ? { cites: given } : given;
  const documentId = hit.document && hit.document.id;
  const box = el('div', 'hit-references');
  const addGroup = (title, items, total, render, more, shown = SHOWN_REFERENCES) => {
    if (!Array.isArray(items) || !items.length) return;
    const row = el('div', 'reference-group');
    row.appendChild(el('span', 'group-title', title));
    const list = el('ul', 'inline-list');
    items.slice(0, shown).forEach(entry => list.appendChild(render(entry)));
    const hidden = Math.max(total || 0, items.length) - Math.min(items.length, shown);
    if (hidden > 0) {
      const rest = el('li', 'muted');
      const label = '+' + hidden + ' more';
      rest.appendChild(more ? link(more, label) : document.createTextNode(label));
      list.appendChild(rest);
    }
    row.appendChild(list);
    box.appendChild(row);
  };
  // The hit's own citations are linked in its text, so "+N more" opens the document at the hit; those citing
  // its part are noted where the part begins.
  const atHit = documentId ? documentHref(documentId, hit.start, hit.end) : null;
  const citedPart = (groups.provisionCitedBy || []).length ? groups.provisionCitedBy[0].part : null;
  const atPart = documentId && citedPart ? documentHref(documentId, citedPart.start, citedPart.end) : atHit;
  const ofDocument = documentId ? documentHref(documentId) : null;
  addGroup('Cites', groups.provisionCites, groups.provisionCitesTotal, referenceItem, atHit);
  addGroup('Cited by', groups.provisionCitedBy, groups.provisionCitedByTotal, partCitationItem, atPart);
  if (documentListedAbove) {
    addDocumentRecall(box, groups, ofDocument);
  } else {
    addGroup('Document cites', groups.cites, groups.citesTotal, referenceItem, ofDocument);
    addGroup('Document cited by', groups.citedBy, groups.citedByTotal, referenceItem, ofDocument);
  }
  addGroup('Related', groups.related, 0, related => {
    const entry = el('li', 'related');
    // Opens the other document at the related provision, marked, as a hit opens its own at the match.
    entry.appendChild(link(documentHref(related.documentId, related.start, related.end), [related.label, related.documentTitle]
      .filter(Boolean).join(' · ') || related.documentId));
    if (related.reason) entry.appendChild(el('span', 'muted', ' (' + related.reason + ')'));
    return entry;
  }, null, Infinity); // the server sends only a few, each from another document: "+N more" would lead nowhere
  return box.childElementCount ? box : null;
}

/** One line where a document's references were listed on an earlier hit: how many, and where they are. */
function addDocumentRecall(box, groups, ofDocument) {
  const cites = Math.max(groups.citesTotal || 0, (groups.cites || []).length);
  const citedBy = Math.max(groups.citedByTotal || 0, (groups.citedBy || []).length);
  if (!cites && !citedBy) return;
  const row = el('div', 'reference-group document-recall');
  row.appendChild(el('span', 'group-title', 'Document'));
  const counts = [cites ? 'cites ' + cites : null, citedBy ? 'cited by ' + citedBy : null].filter(Boolean).join(', ');
  const note = el('span', 'muted', counts + ': listed on its first hit above, all in ');
  note.appendChild(ofDocument ? link(ofDocument, 'the document') : document.createTextNode('the document'));
  row.appendChild(note);
  box.appendChild(row);
}

function renderFacets(state, facets) {
  facetPanel.replaceChildren();
  for (const dimension of DIMENSIONS) {
    const values = (facets && facets[dimension]) || [];
    const chosen = state.filters[dimension] || [];
    if (!values.length && !chosen.length) continue;
    const section = el('section', 'facet');
    section.dataset.dimension = dimension;
    section.appendChild(el('h2', null, DIMENSION_NAMES[dimension]));
    const list = el('ul');
    const shown = new Set();
    for (const { value, count } of values) {
      shown.add(value);
      list.appendChild(facetItem(state, dimension, value, count, chosen.includes(value)));
    }
    chosen.filter(value => !shown.has(value))
      .forEach(value => list.appendChild(facetItem(state, dimension, value, 0, true)));
    section.appendChild(list);
    facetPanel.appendChild(section);
  }
}

function facetItem(state, dimension, value, count, selected) {
  const item = el('li');
  const anchor = stateLink(toggled(state, dimension, value), '', 'facet-value' + (selected ? ' selected' : ''));
  anchor.setAttribute('aria-pressed', selected ? 'true' : 'false');
  anchor.dataset.value = value;
  anchor.appendChild(el('span', 'facet-check', selected ? '☑' : '☐'));
  const name = el('span', 'facet-name', facetLabel(dimension, value));
  name.title = value;
  anchor.appendChild(name);
  anchor.appendChild(el('span', 'count', count));
  item.appendChild(anchor);
  return item;
}

function renderActiveFilters(state) {
  activeFilters.replaceChildren();
  for (const dimension of DIMENSIONS) {
    for (const value of state.filters[dimension] || []) {
      const chip = stateLink(toggled(state, dimension, value),
        DIMENSION_NAMES[dimension] + ': ' + facetLabel(dimension, value) + ' ×',
        'chip');
      chip.title = 'Remove this filter';
      activeFilters.appendChild(chip);
    }
  }
}

function renderPager(state, total) {
  pager.replaceChildren();
  if (state.offset > 0) {
    pager.appendChild(stateLink({ ...state, offset: Math.max(0, state.offset - PAGE_SIZE) }, '← Previous'));
  }
  if (state.offset + PAGE_SIZE < total) {
    pager.appendChild(stateLink({ ...state, offset: state.offset + PAGE_SIZE }, 'Next →'));
  }
}

/**
 * With no query the page lists the documents in the store, so there is always a way in; a page at a time,
 * since a passage collection holds tens of thousands.
 */
async function renderDocumentList(state) {
  setTitle('Search');
  facetPanel.replaceChildren();
  statusLine.textContent = '';
  const body = await getJson('/api/v1/documents?limit=' + PAGE_SIZE + '&offset=' + state.offset);
  const shown = body.total > PAGE_SIZE
    ? ' (showing ' + (state.offset + 1) + '–' + Math.min(body.total, state.offset + PAGE_SIZE) + ')' : '';
  const heading = el('h1', 'page-title', body.total + ' documents in the store' + shown);
  statusLine.replaceChildren(heading);
  for (const doc of body.documents) {
    const item = el('li', 'card');
    const title = el('h2', 'hit-title');
    title.appendChild(link(documentHref(doc.id), doc.title));
    item.appendChild(title);
    const meta = el('div', 'meta');
    meta.appendChild(el('span', 'badge kind', doc.kind));
    [doc.identifier, doc.issuer, doc.date, doc.jurisdiction].filter(Boolean)
      .forEach(text => meta.appendChild(el('span', null, text)));
    item.appendChild(meta);
    results.appendChild(item);
  }
  return body.total;
}

async function render() {
  const state = stateFromUrl();
  input.value = state.query;
  results.replaceChildren();
  pager.replaceChildren();
  renderActiveFilters(state);
  try {
    if (!state.query) {
      const total = await renderDocumentList(state);
      renderPager(state, total);
      return;
    }
    setTitle(state.query);
    statusLine.className = '';
    statusLine.textContent = 'Searching…';
    const url = '/api/v1/search' + urlFor(state).substring(1) + (urlFor(state).includes('?') ? '&' : '?')
      + 'limit=' + PAGE_SIZE;
    const body = await getJson(url);
    statusLine.textContent = body.total === 0 ? 'No provision matches.'
      : body.total + (body.total === 1 ? ' provision matches' : ' provisions match')
        + (body.total > PAGE_SIZE ? ' (showing ' + (state.offset + 1) + '–'
          + Math.min(body.total, state.offset + PAGE_SIZE) + ')' : '');
    rememberFacetLabels(body.facets);
    renderActiveFilters(state);
    renderFacets(state, body.facets);
    // A document's own references are listed on its first hit of the page; its later hits point back to them.
    const documentsListed = new Set();
    body.hits.forEach(hit => {
      const documentId = hit.document && hit.document.id;
      results.appendChild(renderHit(hit, documentsListed.has(documentId)));
      documentsListed.add(documentId);
    });
    renderPager(state, body.total);
  } catch (error) {
    facetPanel.replaceChildren();
    statusLine.className = 'message error';
    statusLine.textContent = 'Error: ' + error.message;
  }
}

form.addEventListener('submit', event => {
  event.preventDefault();
  const state = stateFromUrl();
  navigate({ query: input.value.trim(), filters: state.filters, offset: 0 });
});

/** Arrow keys move between result titles (and down from the search box); Enter opens the focused one. */
document.addEventListener('keydown', event => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const titles = [...results.querySelectorAll('.hit-title a')];
  if (!titles.length) return;
  const at = titles.indexOf(document.activeElement);
  if (document.activeElement === input && event.key === 'ArrowDown') {
    event.preventDefault();
    titles[0].focus();
  } else if (at >= 0) {
    event.preventDefault();
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.focus(); else titles[Math.min(next, titles.length - 1)].focus();
  }
});

window.addEventListener('popstate', render);
render().catch(error => showError(main, 'The page failed:', error));
