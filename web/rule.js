// Rule page: the provenance trace of one rule. What it says (bearer, action, conditions), the exact source
// span in context (Web Annotation selectors), the version and document it came from, the prov:Activity that
// extracted it, and what its provision cites and who cites its document.
import {
  el, link, getJson, showError, param, modalityBadge, documentHref, entityHref, graphHref, nodeHref,
  referenceItem, localName, setTitle, provisionName,
} from './common.js';

const main = document.getElementById('main');

function section(title, ...children) {
  const block = el('section', 'card trace-section');
  block.appendChild(el('h2', null, title));
  children.forEach(child => block.appendChild(child));
  return block;
}

/** A definition list of the given [term, value] pairs; a value may be a node; empty values are left out. */
function facts(pairs) {
  const list = el('dl', 'facts');
  for (const [term, value] of pairs) {
    if (value === null || value === undefined || value === '') continue;
    list.appendChild(el('dt', null, term));
    const cell = el('dd');
    cell.appendChild(value instanceof Node ? value : document.createTextNode(String(value)));
    list.appendChild(cell);
  }
  return list;
}

function code(text) {
  return el('code', 'iri', text);
}

function bearerNode(parts) {
  if (!parts.bearer && !parts.bearerEntity) return null;
  const span = el('span', null, parts.bearer || '');
  if (parts.bearerEntity) {
    const id = localName(parts.bearerEntity);
    span.appendChild(document.createTextNode(parts.bearer ? ' → ' : ''));
    span.appendChild(link(entityHref(id), parts.bearerLabel || id, 'entity-link'));
  }
  return span;
}

/** The exact span between its prefix and suffix, as the quote selector stores them. */
function sourceInContext(source) {
  const quote = el('blockquote', 'source-context');
  quote.appendChild(el('span', 'context', source.prefix ? '…' + source.prefix : ''));
  quote.appendChild(el('mark', 'exact', source.exact));
  quote.appendChild(el('span', 'context', source.suffix ? source.suffix + '…' : ''));
  return quote;
}

function referenceList(references, empty) {
  if (!references || !references.length) return el('p', 'muted', empty);
  const list = el('ul', 'references');
  references.forEach(reference => list.appendChild(referenceItem(reference)));
  return list;
}

async function start() {
  const iri = param('iri');
  if (!iri) {
    showError(main, 'No rule given.', 'Open a rule from a document or a search result, or add ?iri=… to the address.');
    return;
  }
  const body = await getJson('/api/v1/rules?iri=' + encodeURIComponent(iri));
  const rule = body.rule;
  setTitle(rule.modality + ' in ' + rule.document.title);
  const header = el('header', 'doc-header');
  const title = el('h1', 'page-title');
  title.appendChild(modalityBadge(rule.modality, rule.reported));
  title.appendChild(document.createTextNode(' in '));
  title.appendChild(link(documentHref(rule.document.id), rule.document.title));
  header.appendChild(title);
  const actions = el('div', 'meta');
  if (rule.version.current) {
    actions.appendChild(link(documentHref(rule.document.id, rule.source.start, rule.source.end),
      'Show in the document', 'button-link jump'));
  } else {
    actions.appendChild(el('span', 'muted', 'From an earlier version; the reader shows the current one.'));
  }
  actions.appendChild(link(graphHref(rule.iri), 'Graph view'));
  actions.appendChild(link(nodeHref(rule.iri) + '&raw', 'All statements'));
  header.appendChild(actions);
  header.appendChild(el('blockquote', 'rule-text', rule.text));
  if (rule.reported) {
    header.appendChild(el('p', 'muted', 'A reported claim: this document reports the rule, it does not impose it.'));
  }
  const parts = rule.parts;
  const said = section('What it says', facts([
    ['Modality', rule.modality],
    ['Bearer', bearerNode(parts)],
    ['Action', parts.action], ['Object', parts.object], ['Condition', parts.condition],
    ['Exception', parts.exception], ['Deadline', parts.deadline], ['Penalty', parts.penalty],
  ]));
  const source = rule.source;
  const span = section('Source span', sourceInContext(source), facts([
    ['Position', 'code points ' + source.start + ' to ' + source.end
      + ' (' + (source.end - source.start) + ' characters)'],
    ['Provision', rule.provision ? provisionName(rule.provision.label, rule.provision.heading,
      localName(rule.provision.iri)) : null],
  ]));
  const version = rule.version;
  const origin = section('Version and document', facts([
    ['Document', link(documentHref(rule.document.id), rule.document.title)],
    ['Kind', rule.document.kind],
    ['Version', link(nodeHref(version.iri), localName(version.iri) + (version.current ? ' (current)' : ''))],
    ['Source file', version.fileName], ['Format', version.mediaType], ['Issued', version.issued],
    ['SHA-256', code(version.sha256)],
  ]));
  const activity = rule.activity;
  const extraction = section('Extraction (prov:Activity)', facts([
    ['Activity', activity.iri ? link(nodeHref(activity.iri), localName(activity.iri)) : 'not recorded'],
    ['Started', activity.startedAt], ['Ended', activity.endedAt],
    ['Software', activity.softwareVersion ? 'RegGraph ' + activity.softwareVersion : null],
    ['Input SHA-256', activity.sha256 ? code(activity.sha256) : null],
    ['Agent', activity.agent ? code(activity.agent) : null],
  ]));
  const relations = section('Relations',
    el('h3', null, 'Derived from'), facts([['Version', code(version.iri)]]),
    el('h3', null, 'Its provision cites or amends'), referenceList(rule.citations, 'Nothing.'),
    el('h3', null, 'Its document is cited by'), referenceList(body.documentCitedBy, 'No document in the store.'));
  main.replaceChildren(header, said, span, origin, extraction, relations);
}

start().catch(error => showError(main, 'Cannot show this rule:', error));
