// Document reader: the current version's text with its provisions navigable, every rule marked in place by
// modality, citations linked to the cited document (or marked external), and the version list and metadata.
// Offsets from the API count Unicode code points; the text is split with Array.from, never by UTF-16 index.
import {
  el, link, getJson, getText, showError, param, modalityBadge, documentHref, ruleHref, graphHref, nodeHref,
  referenceItem, setTitle, provisionName, citingVerb,
} from './common.js';

const RULE_PAGE = 500;
const MAX_RULE_PAGES = 20;
const main = document.getElementById('main');
const side = document.getElementById('side');

/** Every rule of the document: the first page says how many there are, the rest are fetched together. */
async function allRules(id) {
  const page = offset => getJson('/api/v1/obligations?document=' + encodeURIComponent(id) + '&limit=' + RULE_PAGE
    + '&offset=' + offset);
  const first = await page(0);
  const offsets = [];
  for (let offset = RULE_PAGE; offset < first.total && offsets.length < MAX_RULE_PAGES - 1; offset += RULE_PAGE) {
    offsets.push(offset);
  }
  const rest = await Promise.all(offsets.map(page));
  return [first, ...rest].flatMap(body => body.obligations);
}

/** UTF-16 index -> code point index, for turning String.indexOf results into the API's offsets. */
function codePointIndex(text) {
  const index = new Int32Array(text.length + 1);
  let codePoint = 0;
  for (let i = 0; i < text.length; i++) {
    index[i] = codePoint;
    const unit = text.charCodeAt(i);
    if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < text.length) {
      index[i + 1] = codePoint;
      i++;
    }
    codePoint++;
  }
  index[text.length] = codePoint;
  return index;
}

/**
 * Where the text cites a document, or a part of itself, in code points: where the graph says each citation
 * is made (`at`); for a reference without positions (a news item linked to the act it reports by date and
 * title), each occurrence of its surface form. A part's own heading naming it ("§ 764.2 Violations") is no
 * reference to it.
 */
function citationSpans(text, references, internalReferences) {
  let toCodePoints = null;
  const spans = [];
  const add = (reference, ownPart) => {
    const made = reference.at || occurrences(reference.surface);
    for (const span of made) {
      if (!(ownPart && span.start >= ownPart.start && span.end <= ownPart.end)) {
        spans.push({ start: span.start, end: span.end, reference });
      }
    }
  };
  const occurrences = surface => {
    if (!surface || surface.length < 3) return [];
    toCodePoints = toCodePoints || codePointIndex(text);
    const found = [];
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
      found.push({ start: toCodePoints[at], end: toCodePoints[at + surface.length] });
    }
    return found;
  };
  references.forEach(reference => add(reference, null));
  internalReferences.forEach(reference => add(reference, reference.part));
  return spans.sort((a, b) => a.start - b.start);
}

/** How far back from the last span starting at or before a piece to look for one that still covers it. */
const OVERLAP_LOOKBACK = 64;

/** The latest-starting span of `spans` (sorted by start) that covers [from, to), or null; binary search. */
function covering(spans, from, to) {
  let low = 0;
  let high = spans.length - 1;
  let last = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spans[middle].start <= from) {
      last = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  for (let i = last; i >= 0 && i > last - OVERLAP_LOOKBACK; i--) {
    if (spans[i].end >= to) return spans[i];
  }
  return null;
}

/**
 * Builds the text: provisions as sections, rules as marks, citations as links, the requested span as a
 * target. Every boundary cuts the text into pieces; each piece gets the wrappers of the spans covering it.
 */
function renderText(codePoints, provisions, rules, citations, target) {
  const length = codePoints.length;
  const clamp = value => Math.max(0, Math.min(length, value));
  const cuts = new Set([0, length]);
  for (const span of [...provisions, ...rules, ...citations, ...(target ? [target] : [])]) {
    cuts.add(clamp(span.start));
    cuts.add(clamp(span.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const article = el('article', 'doc-text');
  article.id = 'text';
  const sortedRules = [...rules].sort((a, b) => a.start - b.start);
  const sortedProvisions = [...provisions].sort((a, b) => a.start - b.start);
  let container = null;
  let containerProvision = null;
  let targetMarked = false;
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    const provision = covering(sortedProvisions, from, to);
    if (!container || provision !== containerProvision) {
      container = provision ? provisionSection(provision) : el('div', 'gap');
      containerProvision = provision;
      article.appendChild(container);
    }
    let node = document.createTextNode(codePoints.slice(from, to).join(''));
    const citation = covering(citations, from, to);
    if (citation) node = citationNode(citation.reference, node);
    const rule = covering(sortedRules, from, to);
    if (rule) node = ruleMark(rule, node);
    if (target && target.start <= from && to <= target.end && target.start < target.end) {
      const wrapper = el('span', 'target');
      if (!targetMarked) {
        wrapper.id = 'target';
        wrapper.tabIndex = -1;
        targetMarked = true;
      }
      wrapper.appendChild(node);
      node = wrapper;
    }
    container.appendChild(node);
  }
  return article;
}

/** How many citing provisions a part's note lists before it only counts the rest. */
const PART_CITATIONS_SHOWN = 5;

/**
 * Where other documents cite a part this document holds (a rule amending a code's section): a note at the
 * head of the part's first provision, "§ 748.15 · Framework for AI Diffusion: amends at ¶ 200, cites at II.",
 * each citing provision linked and marked in its own document.
 */
function notePartCitations(article, partCitations) {
  const byStart = new Map();
  for (const citation of partCitations) {
    if (!byStart.has(citation.part.start)) byStart.set(citation.part.start, []);
    byStart.get(citation.part.start).push(citation);
  }
  for (const section of article.querySelectorAll('section.provision')) {
    const citations = byStart.get(Number(section.dataset.start));
    if (!citations) continue;
    byStart.delete(Number(section.dataset.start));
    const note = el('aside', 'cited-here');
    note.appendChild(el('span', 'part-label', citations[0].part.label));
    let documentId = null;
    citations.slice(0, PART_CITATIONS_SHOWN).forEach(citation => {
      if (citation.documentId !== documentId) {
        documentId = citation.documentId;
        const title = citation.documentTitle;
        note.appendChild(document.createTextNode(' · '));
        const name = el('span', 'citing-document', title.length > 80 ? title.substring(0, 78) + '…' : title);
        name.title = title;
        note.appendChild(name);
        note.appendChild(document.createTextNode(': '));
      } else {
        note.appendChild(document.createTextNode(', '));
      }
      const at = citation.citing;
      note.appendChild(link(documentHref(citation.documentId, at.start, at.end),
        citingVerb(citation.relation) + ' at ' + (at.label || '¶ ' + at.ordinal)));
    });
    if (citations.length > PART_CITATIONS_SHOWN) {
      note.appendChild(document.createTextNode(' and ' + (citations.length - PART_CITATIONS_SHOWN) + ' more'));
    }
    section.prepend(note);
  }
}

function provisionSection(provision) {
  const section = el('section', 'provision');
  section.id = 'p-' + provision.ordinal;
  section.dataset.start = provision.start;
  section.dataset.end = provision.end;
  if (provision.label) section.dataset.label = provision.label;
  return section;
}

function citationNode(reference, content) {
  if (reference.resolved) {
    const part = reference.part;
    const anchor = link(part ? documentHref(reference.documentId, part.start, part.end)
      : documentHref(reference.documentId), null, 'cite');
    anchor.title = (reference.relation || 'cites').toLowerCase() + ': '
      + (part ? part.label + ' in ' : '') + (reference.title || reference.documentId);
    anchor.appendChild(content);
    return anchor;
  }
  const span = el('span', 'cite external');
  span.title = 'cites ' + reference.documentId + ', which is not in the store';
  span.appendChild(content);
  return span;
}

function ruleMark(rule, content) {
  const mark = el('mark', 'rule m-' + rule.modality);
  mark.tabIndex = 0;
  mark.dataset.rule = rule.iri;
  mark.title = rule.modality + (rule.bearer ? ' — ' + rule.bearer : '') + ' (Enter opens its trace)';
  mark.appendChild(content);
  return mark;
}

function openRuleFrom(event) {
  const mark = event.target.closest('mark.rule');
  if (!mark || event.target.closest('a')) return;
  if (event.type === 'keydown' && event.key !== 'Enter') return;
  event.preventDefault();
  location.href = ruleHref(mark.dataset.rule);
}

function metadataList(doc, text, sourceFields) {
  const list = el('dl', 'meta-list');
  const add = (term, value) => {
    if (value === null || value === undefined || value === '') return;
    list.appendChild(el('dt', null, term));
    list.appendChild(el('dd', null, value));
  };
  add('Identifier', doc.identifier);
  add('Kind', doc.kind);
  add('Issuer', doc.issuer);
  add('Date', doc.date);
  add('Jurisdiction', doc.jurisdiction);
  add('Source file', doc.fileName);
  add('Format', doc.mediaType);
  add('Length', Array.from(text).length.toLocaleString('en') + ' characters');
  if (doc.sample) add('Note', 'illustrative sample, not a real document');
  // Fields the source declared beyond the ones above (a JSON Lines passage's extra keys), as they came.
  for (const [name, value] of Object.entries(sourceFields || {})) add(name, value);
  return list;
}

function sideSection(title, content) {
  const section = el('section', 'side-section');
  section.appendChild(el('h2', null, title));
  section.appendChild(content);
  return section;
}

/** The first words of a provision (offsets count code points), for an outline entry with no heading. */
function openingWords(codePoints, provision) {
  const words = codePoints.slice(provision.start, Math.min(provision.end, provision.start + OPENING_CHARS))
    .join('').replace(/\s+/g, ' ').trim();
  return provision.end - provision.start > OPENING_CHARS ? words.replace(/\s+\S*$/, '') + '…' : words;
}

const OPENING_CHARS = 70;

/**
 * A section that opens with its heading is named by it. Anything else, a paragraph under it ("(1)"), a
 * later part of a long section or a provision without a heading, is named by its label and how it opens:
 * "III.(1) III. ACTIONS" repeated down the outline said nothing.
 */
function outlineEntry(codePoints, provision) {
  const opening = openingWords(codePoints, provision);
  const heading = provision.heading || '';
  if (heading && opening.startsWith(heading.substring(0, Math.min(heading.length, 24)).replace(/\s+/g, ' '))) {
    return provisionName(provision.label, heading, 'Provision ' + provision.ordinal);
  }
  // The label already carries the paragraph's own marker ("III.(1)" for "(1) Agencies must ...").
  const words = provision.label ? opening.replace(/^(?:\(?[\w.]{1,6}\)|\d{1,3}\.)\s+/, '') : opening;
  return [provision.label, words].filter(Boolean).join(' ') || 'Provision ' + provision.ordinal;
}

function renderSide(body, rules, text) {
  side.replaceChildren();
  const outline = el('ol', 'outline');
  const codePoints = Array.from(text);
  for (const provision of body.provisions) {
    const item = el('li');
    item.appendChild(link('#p-' + provision.ordinal, outlineEntry(codePoints, provision)));
    outline.appendChild(item);
  }
  side.appendChild(sideSection('Provisions (' + body.provisions.length + ')', outline));
  const counts = {};
  rules.forEach(rule => { counts[rule.modality] = (counts[rule.modality] || 0) + 1; });
  const legend = el('ul', 'legend');
  for (const modality of ['obligation', 'prohibition', 'permission', 'recommendation']) {
    const item = el('li');
    item.appendChild(modalityBadge(modality));
    item.appendChild(el('span', 'count', counts[modality] || 0));
    legend.appendChild(item);
  }
  side.appendChild(sideSection('Rules (' + rules.length + ')', legend));
  side.appendChild(sideSection('About', metadataList(body.document, text, body.sourceFields)));
  const versions = el('ol', 'versions');
  for (const version of body.versions) {
    const item = el('li', version.current ? 'current' : null);
    item.appendChild(el('span', null, (version.ingestedAt || '').replace('T', ' ').replace(/\..*$/, '')));
    item.appendChild(el('code', 'sha', version.sha256.substring(0, 12)));
    if (version.current) item.appendChild(el('span', 'badge', 'current'));
    item.title = version.fileName + ' · sha256 ' + version.sha256;
    versions.appendChild(item);
  }
  side.appendChild(sideSection('Versions (' + body.versions.length + ')', versions));
}

function referenceList(references, empty) {
  if (!references.length) return el('p', 'muted', empty);
  const list = el('ul', 'references');
  references.forEach(reference => list.appendChild(referenceItem(reference)));
  return list;
}

function targetFromUrl() {
  const start = parseInt(param('start'), 10);
  const end = parseInt(param('end'), 10);
  return Number.isInteger(start) && Number.isInteger(end) && end >= start ? { start, end } : null;
}

async function start() {
  const id = param('id');
  if (!id) {
    showError(main, 'No document given.', 'Open a document from the search page, or add ?id=… to the address.');
    return;
  }
  const [body, text, rules] = await Promise.all([
    getJson('/api/v1/documents/' + encodeURIComponent(id)),
    getText('/api/v1/documents/' + encodeURIComponent(id) + '/text'),
    allRules(id),
  ]);
  const doc = body.document;
  setTitle(doc.title);
  const header = el('header', 'doc-header');
  header.appendChild(el('h1', 'page-title', doc.title));
  const meta = el('div', 'meta');
  meta.appendChild(el('span', 'badge kind', doc.kind));
  [doc.identifier, doc.issuer, doc.date].filter(Boolean).forEach(value => meta.appendChild(el('span', null, value)));
  meta.appendChild(link(graphHref(doc.iri), 'Graph view'));
  meta.appendChild(link(nodeHref(doc.iri) + '&raw', 'All statements'));
  header.appendChild(meta);
  const relations = el('div', 'relations');
  relations.appendChild(sideSection('Cites', referenceList(body.references, 'No citations found.')));
  relations.appendChild(sideSection('Cited by', referenceList(body.referencedBy, 'No document in the store cites it.')));
  header.appendChild(relations);
  const target = targetFromUrl();
  const codePoints = Array.from(text);
  const article = renderText(codePoints, body.provisions, rules,
    citationSpans(text, body.references, body.internalReferences || []), target);
  notePartCitations(article, body.partCitations || []);
  article.addEventListener('click', openRuleFrom);
  article.addEventListener('keydown', openRuleFrom);
  main.replaceChildren(header, article);
  renderSide(body, rules, text);
  const focus = target ? document.getElementById('target')
    : location.hash ? document.getElementById(location.hash.substring(1)) : null;
  if (focus) {
    focus.scrollIntoView({ block: 'center' });
    if (focus.tabIndex < 0) focus.focus({ preventScroll: true });
  }
}

start().catch(error => showError(main, 'Cannot show this document:', error));
