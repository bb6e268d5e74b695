// Shared by every page: building elements from text (never from markup), fetching the API with errors
// turned into messages, the header's search box and the keyboard shortcut "/".
// Document text and anything from the API is inserted with textContent or createTextNode, never innerHTML.

/** An element with a class and text; text is always set as text. */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** A link whose label is text. */
export function link(href, text, className) {
  const anchor = el('a', className, text);
  anchor.href = href;
  return anchor;
}

/** An error the API answered with, carrying its status and the server's message. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** GET a JSON resource; a non-2xx answer or a network failure becomes an ApiError with a readable message. */
export async function getJson(path) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' } });
  } catch (error) {
    throw new ApiError(0, 'the server did not answer (' + error.message + ')');
  }
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    const message = body && body.error ? body.error.message : response.status + ' ' + response.statusText;
    throw new ApiError(response.status, message);
  }
  return body;
}

/** GET a text resource, with the same error handling as getJson. */
export async function getText(path) {
  let response;
  try {
    response = await fetch(path);
  } catch (error) {
    throw new ApiError(0, 'the server did not answer (' + error.message + ')');
  }
  if (!response.ok) {
    const body = await response.text();
    let message = response.status + ' ' + response.statusText;
    try { message = JSON.parse(body).error.message; } catch (notJson) { /* keep the status line */ }
    throw new ApiError(response.status, message);
  }
  return response.text();
}

/** Replaces the page's main content with a message; used for every failure, so no page is ever blank. */
export function showError(container, what, error) {
  const box = el('div', 'message error');
  box.setAttribute('role', 'alert');
  box.appendChild(el('strong', null, what));
  box.appendChild(document.createTextNode(' ' + (error && error.message ? error.message : String(error))));
  container.replaceChildren(box);
}

export function param(name) {
  return new URLSearchParams(location.search).get(name);
}

/** A modality badge: obligation, prohibition, permission or recommendation. */
export function modalityBadge(modality, reported) {
  const badge = el('span', 'badge modality m-' + (modality || 'unknown'), modality || 'rule');
  if (reported) badge.textContent += ' (reported)';
  return badge;
}

export function documentHref(id, start, end) {
  let href = '/document.html?id=' + encodeURIComponent(id);
  if (Number.isInteger(start) && Number.isInteger(end)) href += '&start=' + start + '&end=' + end;
  return href;
}

export function ruleHref(iri) {
  return '/rule.html?iri=' + encodeURIComponent(iri);
}

export function entityHref(id) {
  return '/entity.html?id=' + encodeURIComponent(id);
}

export function graphHref(iri) {
  return '/graph.html?iri=' + encodeURIComponent(iri);
}

export function nodeHref(iri) {
  return '/node.html?iri=' + encodeURIComponent(iri);
}

/** The page for a node the graph API described: its own page where it has one, else the node page. */
export function pageOf(node) {
  if (node.type === 'document' && node.id) return documentHref(node.id);
  if (node.type === 'entity' && node.id) return entityHref(node.id);
  if (node.type === 'rule') return ruleHref(node.iri);
  return nodeHref(node.iri);
}

/** What a citing provision does to the part it cites. */
const CITING_VERB = {
  CITES: 'cites', AMENDS: 'amends', REVOKES: 'revokes', SUPERSEDES: 'supersedes', IMPLEMENTS: 'implements',
  REPORTS_ON: 'reports on',
};

export function citingVerb(relation) {
  return CITING_VERB[relation] || 'cites';
}

/**
 * Another document's provision citing a part ("Framework for AI Diffusion · ¶ 200 amends § 748.15"), linked
 * to the citing provision, which its document opens at and marks.
 */
export function partCitationItem(citation) {
  const item = el('li', 'reference');
  const at = citation.citing;
  const title = citation.documentTitle || citation.documentId;
  const anchor = link(documentHref(citation.documentId, at.start, at.end),
    (title.length > 80 ? title.substring(0, 78) + '…' : title) + ' · ' + (at.label || '¶ ' + at.ordinal));
  anchor.title = title;
  item.appendChild(anchor);
  item.appendChild(document.createTextNode(' ' + citingVerb(citation.relation) + ' ' + citation.part.label));
  return item;
}

/**
 * A cross-reference: a link to the cited document when the store holds it, else marked external. A part the
 * document holds (a code's section) is linked first, opening the document where the part begins.
 */
export function referenceItem(reference) {
  const item = el('li', 'reference');
  item.appendChild(el('span', 'relation', (reference.relation || 'cites').toLowerCase().replace(/_/g, ' ')));
  const part = reference.resolved && reference.part;
  if (part) {
    item.appendChild(link(documentHref(reference.documentId, part.start, part.end), part.label, 'cited-part'));
    item.appendChild(document.createTextNode(' in '));
  }
  if (reference.resolved) {
    // An EU act's title runs to a paragraph; the list shows its start and the tooltip the rest.
    const title = reference.title || reference.documentId;
    const anchor = link(documentHref(reference.documentId), title.length > 120 ? title.substring(0, 118) + '…' : title);
    if (title.length > 120) anchor.title = title;
    item.appendChild(anchor);
  } else {
    item.appendChild(el('span', 'external-ref', reference.surface || reference.title || reference.documentId));
    item.appendChild(el('span', 'badge external', 'external'));
  }
  return item;
}

/** How a provision is named: its label and heading, once each (headings often repeat the label), kept short. */
export function provisionName(label, heading, fallback) {
  const cut = text => (text.length > 120 ? text.substring(0, 118) + '…' : text);
  if (heading && label && heading.startsWith(label)) return cut(heading);
  return cut([label, heading].filter(Boolean).join(' ') || fallback || '');
}

/** Text after the last '/' or '#' of an IRI, for compact labels. */
export function localName(iri) {
  const cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
  return cut >= 0 && cut < iri.length - 1 ? iri.substring(cut + 1) : iri;
}

export function setTitle(text) {
  document.title = text + ' · RegGraph';
}

/** "/" focuses the search box from anywhere except while typing in a field. */
function installShortcuts() {
  document.addEventListener('keydown', event => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement
      || target instanceof HTMLSelectElement || (target && target.isContentEditable);
    if (typing) return;
    const box = document.getElementById('q');
    if (box) {
      event.preventDefault();
      box.focus();
      box.select();
    }
  });
}

installShortcuts();
