// SPARQL console: a textarea, the example queries shipped in ontology/queries/, results as a table with
// IRIs linked to their pages. It speaks the SPARQL protocol to /sparql; when the server has no endpoint, it
// says so instead of failing silently. The query is kept in the URL (?query=...) so a result can be shared.
import { el, link, getJson, param, nodeHref, setTitle } from './common.js';

const form = document.getElementById('sparql-form');
const editor = document.getElementById('query');
const picker = document.getElementById('example');
const statusLine = document.getElementById('status');
const results = document.getElementById('results');
const MAX_GET_CHARS = 1500;

function say(text, isError) {
  statusLine.className = isError ? 'message error' : '';
  statusLine.textContent = text;
}

async function loadExamples() {
  try {
    const body = await getJson('/api/v1/sparql/examples');
    for (const example of body.examples) {
      const option = el('option', null, example.title);
      option.value = example.name;
      option.dataset.query = example.query;
      picker.appendChild(option);
    }
    if (!body.examples.length) picker.firstElementChild.textContent = 'No example queries on this server';
  } catch (error) {
    picker.firstElementChild.textContent = 'Example queries unavailable: ' + error.message;
  }
}

async function send(query) {
  const accept = 'application/sparql-results+json, text/turtle;q=0.9, text/plain;q=0.5';
  if (query.length <= MAX_GET_CHARS) {
    return fetch('/sparql?query=' + encodeURIComponent(query), { headers: { Accept: accept } });
  }
  return fetch('/sparql', {
    method: 'POST',
    headers: { Accept: accept, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ query }).toString(),
  });
}

/** RegGraph's own IRIs read best as their path under /id/ ("entity/bis"); others stay whole. */
function compactIri(iri) {
  const at = iri.indexOf('/id/');
  return at >= 0 ? iri.substring(at + 4) : iri;
}

function valueCell(term) {
  const cell = el('td');
  if (!term) return cell;
  if (term.type === 'uri') {
    const anchor = link(nodeHref(term.value) + '&raw', compactIri(term.value), 'iri');
    anchor.title = term.value;
    cell.appendChild(anchor);
  } else {
    cell.appendChild(document.createTextNode(term.value));
    if (term['xml:lang']) cell.appendChild(el('span', 'muted', ' @' + term['xml:lang']));
  }
  return cell;
}

function table(body) {
  const variables = body.head.vars || [];
  const grid = el('table', 'statements results-table');
  const head = el('tr');
  variables.forEach(variable => head.appendChild(el('th', null, variable)));
  grid.appendChild(head);
  for (const binding of body.results.bindings) {
    const row = el('tr');
    variables.forEach(variable => row.appendChild(valueCell(binding[variable])));
    grid.appendChild(row);
  }
  return grid;
}

async function run() {
  const query = editor.value.trim();
  if (!query) {
    say('Write a query first.', true);
    return;
  }
  history.replaceState({}, '', '/sparql.html?query=' + encodeURIComponent(query));
  results.replaceChildren();
  say('Running…');
  let response;
  try {
    response = await send(query);
  } catch (error) {
    say('Error: the server did not answer (' + error.message + ')', true);
    return;
  }
  const type = response.headers.get('Content-Type') || '';
  if (response.status === 404) {
    say('This server has no SPARQL endpoint at /sparql (404). It may not be enabled in this build.', true);
    return;
  }
  if (!response.ok) {
    const text = await response.text();
    say('Error ' + response.status + ': ' + text.trim(), true);
    return;
  }
  if (type.includes('sparql-results+json') || type.includes('application/json')) {
    const body = await response.json();
    if (typeof body.boolean === 'boolean') {
      say('Answer: ' + (body.boolean ? 'yes' : 'no'));
      return;
    }
    say(body.results.bindings.length + (body.results.bindings.length === 1 ? ' row' : ' rows'));
    results.appendChild(table(body));
    return;
  }
  const text = await response.text();
  say('Result (' + (type || 'text') + ')');
  results.appendChild(el('pre', 'graph-result', text));
}

picker.addEventListener('change', () => {
  const option = picker.selectedOptions[0];
  if (option && option.dataset.query) editor.value = option.dataset.query;
});
form.addEventListener('submit', event => {
  event.preventDefault();
  run();
});
editor.addEventListener('keydown', event => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    run();
  }
});

setTitle('SPARQL');
const shared = param('query');
if (shared) editor.value = shared;
loadExamples();
if (shared) run();
