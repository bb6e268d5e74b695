'use strict';
// Search page: the query lives in the URL (/?q=...), so every search can be shared as a link.
// Text from documents is always inserted as text; only the server's escaped <mark> snippets are parsed.

const form = document.getElementById('search-form');
const input = document.getElementById('q');
const statusLine = document.getElementById('status');
const results = document.getElementById('results');

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

// Snippets arrive HTML-escaped with <mark> around matches; rebuild them from text nodes and <mark> only.
function snippetNode(snippet) {
  const container = element('p', 'snippet');
  const parts = snippet.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') { marked = true; continue; }
    if (part === '</mark>') { marked = false; continue; }
    const text = new DOMParser().parseFromString(part, 'text/html').documentElement.textContent;
    container.appendChild(marked ? element('mark', null, text) : document.createTextNode(text));
  }
  return container;
}

function renderHit(hit) {
  const item = element('li', 'hit');
  const title = element('a', 'hit-title', hit.document.title);
  title.href = '/api/v1/documents/' + encodeURIComponent(hit.document.id);
  item.appendChild(title);
  const meta = element('div', 'hit-meta');
  meta.appendChild(element('span', 'badge kind-' + (hit.document.kind || 'unknown'), hit.document.kind));
  if (hit.label) meta.appendChild(element('span', 'label', hit.label));
  if (hit.heading) meta.appendChild(element('span', 'heading', hit.heading));
  item.appendChild(meta);
  item.appendChild(snippetNode(hit.snippet));
  return item;
}

async function runSearch(query) {
  results.replaceChildren();
  if (!query) { statusLine.textContent = ''; return; }
  statusLine.textContent = 'Searching…';
  try {
    const response = await fetch('/api/v1/search?q=' + encodeURIComponent(query) + '&limit=20');
    const body = await response.json();
    if (!response.ok) {
      statusLine.textContent = 'Error: ' + (body.error ? body.error.message : response.statusText);
      statusLine.className = 'error';
      return;
    }
    statusLine.className = '';
    statusLine.textContent = body.total + (body.total === 1 ? ' provision matches' : ' provisions match');
    body.hits.forEach(hit => results.appendChild(renderHit(hit)));
  } catch (error) {
    statusLine.className = 'error';
    statusLine.textContent = 'Error: the server did not answer (' + error.message + ')';
  }
}

form.addEventListener('submit', event => {
  event.preventDefault();
  const query = input.value.trim();
  history.pushState({}, '', query ? '/?q=' + encodeURIComponent(query) : '/');
  runSearch(query);
});

window.addEventListener('popstate', () => start());

function start() {
  const query = new URLSearchParams(location.search).get('q') || '';
  input.value = query;
  runSearch(query);
}

start();
