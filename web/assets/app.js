/*
 * plansearch serve: the page.  Plain JavaScript, no build step, nothing
 * from the network but this server's own /api.  The address holds the whole
 * state (view, query, filters, page, language), so back and forward work
 * and any view can be bookmarked.  Text from documents and queries is only
 * ever put into the page as text nodes (never as HTML), so a document
 * holding <script> shows it as text.
 */
'use strict';
(function () {

// ---- Words of the interface ---------------------------------------------------
const T = {
  zh: {
    search: '检索', kwic: '语境', compare: '比较', keyness: '关键词', collocates: '搭配',
    query: '检索式', go: '检索', year: '年份', region: '地区', level: '级别', sector: '行业',
    type: '类型', sort: '排序', relevance: '相关度', newest: '年份（新→旧）', oldest: '年份（旧→新）',
    all: '显示全部近似重复', any: '不限', province: '省', city: '市', county: '县',
    total: '共 {n} 篇', none: '没有匹配的文件', folded: '另有 {n} 份近似重复已合并', showCopies: '显示全部副本',
    page: '第 {n} 页', prev: '上一页', next: '下一页', facets: '分面统计', unknown: '（未注明）',
    download: '下载', id: '编号', title: '标题', org: '发文单位', date: '日期', doc_number: '文号',
    path: '来源文件', encoding: '编码', region_code: '行政区划代码', file_title: '文件属性·标题', file_author: '文件属性·作者',
    file_date: '文件属性·日期', format: '文件格式', ocr: '经文字识别 (OCR)', text: '全文', back: '返回结果',
    source: '来源', matches: '处匹配', terms: '比较的检索式（每行一个）', by: '分组', chart: '图',
    table: '表', group: '组', plans: '篇数', chars: '字数', share: '占比 %', per10k: '每万字',
    occurrences: '出现次数', selA: '选择 A', selB: '对照 B', term: '检索式', window: '窗口（字）',
    limit: '条数', g2: 'G²', logRatio: '对数比', left: '左语境', right: '右语境', match: '匹配',
    sortLeft: '按左语境', sortRight: '按右语境', sortPos: '按文件', lines: '{n} 行', near: '窗口内',
    nearPlans: '窗口内篇数', aPlans: 'A 篇数', bPlans: 'B 篇数', aOcc: 'A 次数', bOcc: 'B 次数',
    aRate: 'A 每万字', bRate: 'B 每万字', ngram: '词串', hint: '输入检索式，或只设筛选条件。例：集体协商 女职工；集体协商 OR 集体合同；title:职工之家',
    loading: '正在检索…', index: '索引', updated: '更新于', version: 'plansearch', fieldSource: '字段来源',
    copies: '近似重复', furniture: '网页附属内容（保留，不参与检索）', emptyTerms: '请至少输入一个检索式', png: 'PNG', svg: 'SVG', csv: 'CSV', json: 'JSON',
    docs: '文件', provinceF: '省份', yearF: '年份', levelF: '级别', sectorF: '行业', typeF: '类型',
    regionPick: '或逐级选择', clear: '清除', shownOf: '第 {a}–{b} 篇', copiesOnce: '近似重复只计一次',
    plan: '计划', report: '报告', news: '新闻', notice: '通知', speech: '讲话', summary: '总结', other: '其他',
    url: '网址', listCopies: '列出副本', noteLabel: '提示：', stats: '索引统计', noCopies: '索引中没有这份文件的近似重复副本',
  },
  en: {
    search: 'Search', kwic: 'KWIC', compare: 'Compare', keyness: 'Keyness', collocates: 'Collocates',
    query: 'Query', go: 'Search', year: 'Year', region: 'Region', level: 'Level', sector: 'Sector',
    type: 'Kind', sort: 'Sort', relevance: 'relevance', newest: 'year, newest first', oldest: 'year, oldest first',
    all: 'show every near-duplicate', any: 'any', province: 'province', city: 'city', county: 'county',
    total: '{n} matching plans', none: 'no plan matches', folded: '{n} near-duplicate copies folded', showCopies: 'show every copy',
    page: 'page {n}', prev: 'previous', next: 'next', facets: 'Facets', unknown: '(not stated)',
    download: 'Download', id: 'id', title: 'title', org: 'issuing body', date: 'date', doc_number: 'document number',
    path: 'source file', encoding: 'encoding', region_code: 'region code', file_title: "file's own title", file_author: "file's author",
    file_date: "file's date", format: 'file format', ocr: 'read by OCR', text: 'Full text', back: 'back to results',
    source: 'source', matches: 'matches', terms: 'Queries to compare (one a line)', by: 'group by', chart: 'Chart',
    table: 'Table', group: 'group', plans: 'plans', chars: 'characters', share: 'share %', per10k: 'per 10k chars',
    occurrences: 'occurrences', selA: 'Selection A', selB: 'Against B', term: 'query', window: 'window (chars)',
    limit: 'rows', g2: 'G²', logRatio: 'log ratio', left: 'left context', right: 'right context', match: 'match',
    sortLeft: 'by left context', sortRight: 'by right context', sortPos: 'by document', lines: '{n} lines', near: 'near',
    nearPlans: 'plans (near)', aPlans: 'A plans', bPlans: 'B plans', aOcc: 'A occurrences', bOcc: 'B occurrences',
    aRate: 'A per 10k', bRate: 'B per 10k', ngram: 'n-gram', hint: 'Type a query, or set filters only. E.g. 集体协商 女职工; 集体协商 OR 集体合同; title:职工之家',
    loading: 'searching…', index: 'index', updated: 'updated', version: 'plansearch', fieldSource: 'field sources',
    copies: 'near-duplicates', furniture: 'page furniture (kept, never searched)', emptyTerms: 'give at least one query', png: 'PNG', svg: 'SVG', csv: 'CSV', json: 'JSON',
    docs: 'documents', provinceF: 'Province', yearF: 'Year', levelF: 'Level', sectorF: 'Sector', typeF: 'Kind',
    regionPick: 'or pick', clear: 'clear', shownOf: 'plans {a}–{b}', copiesOnce: 'near-duplicates counted once',
    plan: 'plan', report: 'report', news: 'news', notice: 'notice', speech: 'speech', summary: 'summary', other: 'other',
    url: 'URL', listCopies: 'list them', noteLabel: 'Note:', stats: 'index statistics', noCopies: 'the index holds no near-duplicate of this document',
  },
};

const VIEWS = ['search', 'kwic', 'compare', 'keyness', 'collocates'];
const FILTERS = ['year', 'region', 'level', 'sector', 'type'];
const KINDS = ['plan', 'report', 'news', 'notice', 'speech', 'summary', 'other'];
const PAGE = 10;

let S = new URLSearchParams(location.search);
const lang = () => (S.get('lang') === 'en' ? 'en' : 'zh');
const t = (k, vars) => {
  let s = T[lang()][k] || k;
  for (const v in vars || {}) s = s.replace('{' + v + '}', vars[v]);
  return s;
};
const fmt = (n) => (n === null || n === undefined ? '—' : Number(n).toLocaleString(lang() === 'en' ? 'en' : 'zh-CN'));

// ---- Building the page: text nodes only --------------------------------------------
function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const k in attrs || {}) {
    const v = attrs[k];
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'value') e.value = v;
    else if (k === 'checked') e.checked = !!v;
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of kids.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    e.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
  }
  return e;
}

// "?view=search&q=…" with the language kept.
function href(params) {
  const p = new URLSearchParams();
  for (const [k, v] of (params instanceof URLSearchParams ? params.entries() : Object.entries(params)))
    if (Array.isArray(v)) v.forEach((x) => x !== '' && p.append(k, x));
    else if (v !== '' && v !== null && v !== undefined && v !== false) p.append(k, v);
  if (lang() === 'en') p.set('lang', 'en');
  return '?' + p.toString();
}

function go(url) {
  history.pushState(null, '', url);
  render();
}

document.addEventListener('click', (e) => {
  const a = e.target.closest && e.target.closest('a[data-nav]');
  if (!a || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return;
  e.preventDefault();
  go(a.getAttribute('href'));
});
window.addEventListener('popstate', render);

const link = (params, ...text) => el('a', { href: href(params), 'data-nav': 1 }, ...text);

// ---- The API ---------------------------------------------------------------------------
class ApiError extends Error {
  constructor(msg, status) { super(msg); this.status = status; }
}

async function api(path, params) {
  const p = params instanceof URLSearchParams ? params : new URLSearchParams(params);
  const r = await fetch('/api/' + path + '?' + p.toString(), { headers: { Accept: 'application/json' } });
  let body = null;
  try { body = await r.json(); } catch (_) { /* not JSON */ }
  if (!r.ok) throw new ApiError((body && body.error) || r.status + ' ' + r.statusText, r.status);
  return body;
}

function apiUrl(path, params, format) {
  const p = new URLSearchParams(params);
  if (format) p.set('format', format);
  return '/api/' + path + '?' + p.toString();
}

function downloads(path, params, name, formats) {
  const stamp = new Date().toISOString().slice(0, 10);
  return el('span', { class: 'downloads' }, t('download') + ':',
    (formats || ['csv', 'json']).map((f) => el('a', {
      href: apiUrl(path, params, f === 'json' ? null : f), download: `plansearch-${name}-${stamp}.${f}`,
      class: 'download-' + f,
    }, t(f))));
}

// The index's regions, levels and sectors, for the pickers (asked once).
let metaPromise = null;
function meta() {
  if (!metaPromise)
    metaPromise = Promise.all([api('regions', {}), api('stats', {})]).then(([r, s]) => ({
      regions: r.regions.filter((x) => x.value).map((x) => x.value),
      levels: s.by_level.filter((g) => !g.unknown && g.plans).map((g) => g.group),
      sectors: s.by_sector.filter((g) => !g.unknown && g.plans).map((g) => g.group),
      stats: s,
    })).catch((e) => { metaPromise = null; throw e; });
  return metaPromise;
}

// ---- Forms -----------------------------------------------------------------------------
function field(label, input) {
  return el('label', {}, label, input);
}

function select(id, name, options, value) {
  return el('select', { id, name },
    options.map(([v, text]) => el('option', { value: v, selected: v === (value || '') ? true : null }, text)));
}

// Year, region (typed, or picked province → city → county), level, sector.
function filterFields(prefix, m) {
  const v = (k) => S.get(prefix + k) || '';
  const region = el('input', { type: 'text', id: `f-${prefix}region`, name: prefix + 'region', value: v('region'),
    placeholder: '四川 / 乐山市 / 510000', size: 16 });
  const regions = m ? m.regions : [];
  const parts = (v('region') || '').split('/');
  const level = (depth, chosen) => {
    const seen = new Set();
    for (const r of regions) {
      const p = r.split('/');
      if (p.length > depth && p.slice(0, depth).join('/') === chosen.slice(0, depth).join('/')) seen.add(p[depth]);
    }
    return [...seen];
  };
  const picks = [t('province'), t('city'), t('county')].map((label, depth) => {
    const opts = depth === 0 || parts[depth - 1] ? level(depth, parts) : [];
    const s = el('select', { id: `f-${prefix}pick${depth}`, 'aria-label': label, disabled: opts.length ? null : true },
      el('option', { value: '' }, label),
      opts.map((o) => el('option', { value: o, selected: parts[depth] === o ? true : null }, o)));
    s.addEventListener('change', () => {
      const chosen = picks.slice(0, depth).map((x) => x.value);
      if (s.value) chosen.push(s.value);
      region.value = chosen.join('/');
      // refill the finer pickers for the new choice
      const p2 = region.value.split('/');
      for (let d = depth + 1; d < picks.length; d++) {
        const o2 = p2[d - 1] && d <= p2.length ? level(d, p2) : [];
        picks[d].replaceChildren(el('option', { value: '' }, picks[d].firstChild.textContent),
          ...o2.map((o) => el('option', { value: o }, o)));
        picks[d].disabled = !o2.length;
      }
    });
    return s;
  });
  const any = [['', t('any')]];
  return [
    field(t('year'), el('input', { type: 'text', id: `f-${prefix}year`, name: prefix + 'year', value: v('year'),
      placeholder: '2012, 2010..2015', size: 11 })),
    field(t('region'), region),
    el('span', { class: 'note' }, t('regionPick')), picks,
    field(t('level'), select(`f-${prefix}level`, prefix + 'level', any.concat((m ? m.levels : []).map((x) => [x, x])), v('level'))),
    field(t('sector'), select(`f-${prefix}sector`, prefix + 'sector', any.concat((m ? m.sectors : []).map((x) => [x, x])), v('sector'))),
    field(t('type'), select(`f-${prefix}type`, prefix + 'type', any.concat(KINDS.map((x) => [x, t(x)])), v('type'))),
  ];
}

// The form's fields as parameters of the address (empty ones left out).
function formParams(form, view) {
  const p = new URLSearchParams();
  p.set('view', view);
  for (const e of form.elements) {
    if (!e.name || e.disabled) continue;
    if (e.type === 'checkbox') { if (e.checked) p.append(e.name, '1'); continue; }
    if (e.name === 'term') {
      e.value.split('\n').map((x) => x.trim()).filter(Boolean).forEach((x) => p.append('term', x));
      continue;
    }
    if (e.value.trim() !== '') p.append(e.name, e.value.trim());
  }
  if (lang() === 'en') p.set('lang', 'en');
  return p;
}

function queryForm(view, m, extra, opts) {
  const o = opts || {};
  const err = el('span', { id: 'q-error', class: 'error', role: 'alert' });
  const form = el('form', { class: 'query', id: 'form' },
    o.noQuery ? null : el('div', { class: 'row' },
      el('input', { type: 'search', id: 'q', name: o.queryName || 'q', value: S.get(o.queryName || 'q') || '',
        placeholder: t('query'), 'aria-label': t('query'), autocomplete: 'off' }),
      el('button', { type: 'submit', id: 'submit' }, t('go')), err),
    extra || null,
    o.noFilters ? null : el('div', { class: 'row' }, filterFields('', m)),
    o.noQuery ? el('div', { class: 'row' }, el('button', { type: 'submit', id: 'submit' }, t('go')), err) : null);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go('?' + formParams(form, view).toString());
  });
  return form;
}

function showError(e, where) {
  const box = document.getElementById('q-error');
  if (box && e instanceof ApiError && e.status === 400) box.textContent = e.message;
  else where.replaceChildren(el('p', { class: 'error' }, e.message));
}

const filterParams = (prefix) => {
  const p = {};
  for (const k of FILTERS) if (S.get(prefix + k)) p[prefix + k] = S.get(prefix + k);
  return p;
};

// What the CLI would say on stderr beside the answer (a region read as one
// of several places so named, an operator in lower case): the API's "notes".
function notesView(notes) {
  if (!notes || !notes.length) return null;
  return el('div', { id: 'notes', class: 'notes', role: 'status' },
    notes.map((n) => el('p', {}, el('strong', {}, t('noteLabel')), ' ', n)));
}

// Text with [start, end) code-point ranges marked.
function marked(text, ranges) {
  const cp = Array.from(text);
  const out = [];
  let pos = 0;
  for (const [s, e] of ranges.slice().sort((a, b) => a[0] - b[0])) {
    if (s < pos) continue;
    out.push(cp.slice(pos, s).join(''), el('mark', {}, cp.slice(s, e).join('')));
    pos = e;
  }
  out.push(cp.slice(pos).join(''));
  return out;
}

// ---- Search ---------------------------------------------------------------------------
const searchKeys = ['q', 'year', 'region', 'level', 'sector', 'type', 'sort', 'all'];

function searchParams(extra) {
  const p = {};
  for (const k of searchKeys) if (S.get(k)) p[k] = S.get(k);
  return Object.assign(p, extra || {});
}

async function viewSearch(main, m) {
  const sort = select('sort', 'sort', [['', t('relevance')], ['-year', t('newest')], ['year', t('oldest')]], S.get('sort'));
  const extra = el('div', { class: 'row' }, field(t('sort'), sort),
    field('', el('input', { type: 'checkbox', id: 'all', name: 'all', checked: S.get('all') === '1' })),
    el('label', { for: 'all' }, t('all')));
  main.append(queryForm('search', m, extra));
  const p = searchParams();
  const results = el('div', { id: 'results' });
  main.append(results);
  if (!p.q && !FILTERS.some((k) => p[k])) {
    results.append(el('p', { class: 'note' }, t('hint')));
    return;
  }
  const pageNo = Math.max(1, parseInt(S.get('page') || '1', 10) || 1);
  results.append(el('p', { class: 'note' }, t('loading')));
  let r;
  try {
    r = await api('search', Object.assign({}, p, { limit: PAGE, offset: (pageNo - 1) * PAGE,
      facet: 'year,province,level,sector,type' }));
  } catch (e) {
    results.replaceChildren();
    return showError(e, results);
  }
  const list = el('ol', { class: 'hits', start: (pageNo - 1) * PAGE + 1 }, r.hits.map(hitView));
  const pages = Math.ceil(r.total / PAGE);
  results.replaceChildren(notesView(r.notes) || '', el('div', { class: 'layout' },
    el('section', {},
      el('div', { class: 'summary' },
        el('span', { id: 'total' }, r.total ? t('total', { n: fmt(r.total) }) +
          (r.hits.length ? ' · ' + t('shownOf', { a: (pageNo - 1) * PAGE + 1, b: (pageNo - 1) * PAGE + r.hits.length }) : '') : t('none')),
        downloads('search', Object.assign({}, p, { limit: 200, offset: (pageNo - 1) * PAGE }), 'search')),
      list, pager(pageNo, pages)),
    facetView(r.facets)));
}

function hitView(h) {
  const metaLine = [h.year, h.region, h.org, h.level, h.sector, h.type && t(h.type)].filter((x) => x !== null && x !== undefined && x !== '');
  return el('li', { class: 'hit' },
    link(Object.assign(searchParams(), { view: 'doc', id: h.id }), el('span', { class: 'title' }, h.title || h.id)),
    el('div', { class: 'meta' }, metaLine.join(' · '), ' · ', el('span', { class: 'id' }, h.id)),
    (h.snippets || []).map((s) => el('p', { class: 'snip' }, marked(s.text, s.matches))),
    h.folded ? el('div', { class: 'folded' }, t('folded', { n: h.folded }), ' · ',
      link(Object.assign(searchParams(), { view: 'doc', id: h.id }), t('listCopies')), ' · ',
      link(Object.assign(searchParams(), { view: 'search', all: '1' }), t('showCopies'))) : null);
}

function pager(cur, pages) {
  if (pages <= 1) return null;
  const at = (n, text) => n === cur ? el('span', { class: 'on' }, text)
    : link(Object.assign(searchParams(), { view: 'search', page: n }), text);
  const nums = [];
  for (let n = Math.max(1, cur - 4); n <= Math.min(pages, cur + 4); n++) nums.push(at(n, n));
  return el('nav', { class: 'pager', id: 'pager' },
    cur > 1 ? at(cur - 1, t('prev')) : null, nums, cur < pages ? at(cur + 1, t('next')) : null);
}

function facetView(facets) {
  const names = { year: 'yearF', province: 'provinceF', level: 'levelF', sector: 'sectorF', type: 'typeF' };
  const filterOf = { year: 'year', province: 'region', level: 'level', sector: 'sector', type: 'type' };
  return el('aside', { class: 'facets', id: 'facets' }, el('h2', { class: 'note' }, t('facets')),
    Object.keys(facets || {}).map((f) => el('section', { 'data-facet': f },
      el('h3', {}, t(names[f] || f)),
      el('ul', {}, facets[f].map((x) => el('li', {},
        x.value === null ? el('span', { class: 'note' }, t('unknown'))
          : link(Object.assign(searchParams(), { view: 'search', [filterOf[f]]: x.value }), f === 'type' ? t(x.value) : x.value),
        el('span', { class: 'num' }, fmt(x.count))))))));
}

// ---- One document -----------------------------------------------------------------------
const DOC_FIELDS = ['id', 'title', 'year', 'date', 'region', 'region_code', 'org', 'level', 'sector', 'type',
  'doc_number', 'url', 'path', 'encoding'];

async function viewDoc(main) {
  const id = S.get('id');
  const back = link(Object.assign(searchParams(), { view: 'search' }), '← ' + t('back'));
  main.append(el('p', {}, back));
  let d;
  try {
    d = await api('show', { id });
  } catch (e) {
    return main.append(el('p', { class: 'error', id: 'doc-error' }, e.message));
  }
  // Where each field came from: show --json's "<field>_from".
  const rows = [];
  let anySource = false;
  // (copies and furniture have sections of their own; provenance goes with the download)
  const skip = (k) => ['text', 'raw', 'copies', 'furniture', 'provenance'].includes(k) || k.endsWith('_from');
  for (const k of DOC_FIELDS.concat(Object.keys(d).filter((k) => !DOC_FIELDS.includes(k) && !skip(k)))) {
    if (!(k in d)) continue;
    let v = d[k];
    if (v !== null && typeof v === 'object') v = JSON.stringify(v);
    const src = d[k + '_from'];
    if (src) anySource = true;
    let cell = v === null ? el('span', { class: 'note' }, t('unknown')) : String(k === 'type' ? t(v) : v);
    if ((k === 'url' || k === 'path') && /^https?:\/\//.test(String(v)))
      cell = el('a', { href: v, rel: 'noreferrer noopener', id: 'doc-source' }, v);
    rows.push(el('tr', {}, el('th', {}, t(k)), el('td', {}, cell), el('td', { class: 'note' }, src || '')));
  }
  const text = el('pre', { class: 'doctext', id: 'doc-text' }, d.text || '');
  main.append(el('h1', { id: 'doc-title' }, d.title || d.id),
    el('div', { class: 'scroll' }, el('table', { class: 'meta-table', id: 'doc-meta' },
      el('tr', {}, el('th', {}, ''), el('th', {}, ''), el('th', { class: 'note' }, anySource ? t('fieldSource') : '')),
      rows)),
    el('p', {}, downloads('show', { id }, 'document', ['json'])),
    copiesView(d.copies || []),
    furnitureView(d.furniture || []),
    el('h2', {}, t('text')), text);
  // Highlight the query's matches: the concordance of the same search says where.
  const p = searchParams();
  if (!p.q) return;
  try {
    // narrowed to the document's own year and place, which still hold it
    const narrow = {};
    if (d.year) narrow.year = String(d.year);
    if (d.region_code) narrow.region = d.region_code;
    const k = await api('kwic', Object.assign({}, p, narrow, { all: '1', limit: 1000 }));
    const ranges = k.lines.filter((l) => l.id === id)
      .map((l) => [l.offset, l.offset + Array.from(l.match).length]);
    if (ranges.length) {
      text.replaceChildren(...marked(d.text || '', ranges));
      text.before(el('p', { class: 'note', id: 'doc-matches' }, ranges.length + ' ' + t('matches')));
    }
  } catch (_) { /* the document shows without highlights */ }
}

// The lines the page put around the document (show --json's "furniture"): shown, marked, never searched.
function furnitureView(lines) {
  if (!lines.length) return el('span', {});
  return el('details', { id: 'doc-furniture', class: 'furniture' },
    el('summary', {}, t('furniture') + ' (' + lines.length + ')'),
    el('ul', { class: 'note' }, lines.map((l) => el('li', {}, l))));
}

// The document's near-duplicates (show --json's "copies"), each a link to its own view.
function copiesView(copies) {
  return el('section', { id: 'doc-copies' },
    el('h2', {}, t('copies') + ' (' + copies.length + ')'),
    copies.length
      ? el('ul', { class: 'copies' }, copies.map((c) => el('li', {},
        link(Object.assign(searchParams(), { view: 'doc', id: c.id }), c.title || c.id),
        el('span', { class: 'meta' }, ' · ' + [c.year, c.region, c.org].filter((x) => x !== null && x !== undefined).join(' · ') + ' · '),
        el('span', { class: 'id' }, c.id))))
      : el('p', { class: 'note' }, t('noCopies')));
}

// ---- KWIC -------------------------------------------------------------------------------
async function viewKwic(main, m) {
  const order = select('kwic-sort', 'ksort', [['', t('sortPos')], ['left', t('sortLeft')], ['right', t('sortRight')]], S.get('ksort'));
  main.append(queryForm('kwic', m, el('div', { class: 'row' }, field(t('sort'), order))));
  const p = searchParams();
  if (!p.q) return;
  const out = el('div', { id: 'results' }, el('p', { class: 'note' }, t('loading')));
  main.append(out);
  let r;
  try {
    r = await api('kwic', Object.assign({}, p, { limit: 200 }));
  } catch (e) {
    out.replaceChildren();
    return showError(e, out);
  }
  const coll = new Intl.Collator(lang() === 'en' ? 'en' : 'zh');
  const rev = (s) => Array.from(s).reverse().join('');
  const lines = r.lines.slice();
  if (S.get('ksort') === 'left') lines.sort((a, b) => coll.compare(rev(a.left), rev(b.left)));
  if (S.get('ksort') === 'right') lines.sort((a, b) => coll.compare(a.right, b.right));
  out.replaceChildren(notesView(r.notes) || '',
    el('div', { class: 'summary' }, el('span', { id: 'total' }, t('total', { n: fmt(r.total) }) + ' · ' + t('lines', { n: fmt(lines.length) })),
      downloads('kwic', Object.assign({}, p, { limit: 200 }), 'kwic')),
    el('div', { class: 'scroll' }, el('table', { class: 'kwic', id: 'kwic-table' },
      lines.map((l) => el('tr', {}, el('td', { class: 'left' }, l.left), el('td', { class: 'match' }, l.match),
        el('td', { class: 'right' }, l.right),
        el('td', { class: 'note' }, link(Object.assign(searchParams(), { view: 'doc', id: l.id }), l.id)))))));
}

// ---- Compare ----------------------------------------------------------------------------
async function viewCompare(main, m) {
  const terms = S.getAll('term');
  const by = select('by', 'by', ['year', 'province', 'region', 'level', 'sector', 'type'].map((x) => [x, x]), S.get('by') || 'year');
  const extra = [
    el('label', { for: 'terms' }, t('terms')),
    el('textarea', { id: 'terms', name: 'term', rows: 3 }, terms.join('\n')),
    el('div', { class: 'row' }, field(t('by'), by),
      el('input', { type: 'checkbox', id: 'all', name: 'all', checked: S.get('all') === '1' }),
      el('label', { for: 'all' }, t('all'))),
  ];
  main.append(queryForm('compare', m, extra, { noQuery: true }));
  if (!terms.length) return;
  const p = new URLSearchParams();
  terms.forEach((x) => p.append('term', x));
  p.set('by', S.get('by') || 'year');
  for (const [k, v] of Object.entries(filterParams(''))) p.set(k, v);
  if (S.get('all')) p.set('all', '1');
  const out = el('div', { id: 'results' }, el('p', { class: 'note' }, t('loading')));
  main.append(out);
  let c;
  try {
    c = await api('compare', p);
  } catch (e) {
    out.replaceChildren();
    return showError(e, out);
  }
  const svgUrl = apiUrl('compare', p, 'svg');
  const stamp = new Date().toISOString().slice(0, 10);
  const png = el('a', { href: '#', id: 'download-png', class: 'download-png' }, t('png'));
  png.addEventListener('click', (e) => { e.preventDefault(); svgToPng(svgUrl, `plansearch-compare-${stamp}.png`); });
  const head = el('tr', {}, el('th', {}, t('group')), el('th', { class: 'num' }, t('plans')), el('th', { class: 'num' }, t('chars')),
    c.terms.map((term) => [el('th', { class: 'num' }, term + ' · ' + t('plans')), el('th', { class: 'num' }, t('share')),
      el('th', { class: 'num' }, t('per10k'))]));
  const row = (g) => el('tr', {}, el('td', {}, g.unknown ? t('unknown') : g.group), el('td', { class: 'num' }, fmt(g.plans)),
    el('td', { class: 'num' }, fmt(g.chars)),
    g.terms.map((x) => [el('td', { class: 'num' }, fmt(x.plans)),
      el('td', { class: 'num' }, x.share === null ? '—' : [el('span', { class: 'share-bar', style: null, 'data-w': x.share }), x.share.toFixed(1)]),
      el('td', { class: 'num' }, x.per_10k === null ? '—' : x.per_10k.toFixed(2))]));
  out.replaceChildren(notesView(c.notes) || '',
    el('div', { class: 'summary' }, el('span', { id: 'total' }, t('total', { n: fmt(c.total ? c.total.plans : 0) }) + (S.get('all') ? '' : ' · ' + t('copiesOnce'))),
      el('span', { class: 'downloads' }, downloads('compare', p, 'compare', ['csv', 'json', 'svg']), png)),
    el('h2', {}, t('chart')), el('div', { class: 'chart' }, el('img', { src: svgUrl, alt: t('chart'), id: 'compare-chart' })),
    el('h2', {}, t('table')),
    el('div', { class: 'scroll' }, el('table', { id: 'compare-table' }, head, c.groups.map(row),
      c.total ? row(Object.assign({}, c.total, { group: 'Σ', unknown: false })) : null)));
  // bar widths from data, set as properties (the style sheet policy forbids style attributes)
  for (const b of out.querySelectorAll('.share-bar')) b.style.width = (Number(b.dataset.w) * 0.4) + 'px';
}

// A chart as PNG: the server's SVG drawn on a canvas at twice its size.
function svgToPng(url, name) {
  const img = new Image();
  img.onload = () => {
    const c = document.createElement('canvas');
    c.width = img.naturalWidth * 2;
    c.height = img.naturalHeight * 2;
    const g = c.getContext('2d');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, c.width, c.height);
    g.drawImage(img, 0, 0, c.width, c.height);
    c.toBlob((blob) => {
      const a = el('a', { href: URL.createObjectURL(blob), download: name });
      document.body.append(a);
      a.click();
      setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    }, 'image/png');
  };
  img.src = url;
}

// ---- Keyness and collocates -----------------------------------------------------------------
function numTable(id, cols, rows) {
  return el('div', { class: 'scroll' }, el('table', { id },
    el('tr', {}, cols.map(([k, , num]) => el('th', { class: num ? 'num' : null }, t(k)))),
    rows.map((r) => el('tr', {}, cols.map(([, f, num]) => el('td', { class: num ? 'num' : null }, f(r)))))));
}
const fix = (n, d) => (n === null || n === undefined ? '—' : Number(n).toFixed(d));

async function viewKeyness(main, m) {
  const form = el('form', { class: 'query', id: 'form' },
    el('fieldset', {}, el('legend', {}, t('selA')), el('div', { class: 'row' }, filterFields('', m))),
    el('fieldset', {}, el('legend', {}, t('selB')), el('div', { class: 'row' }, filterFields('vs_', m))),
    el('input', { type: 'hidden', name: 'run', value: '1' }),
    el('div', { class: 'row' }, el('input', { type: 'checkbox', id: 'all', name: 'all', checked: S.get('all') === '1' }),
      el('label', { for: 'all' }, t('all')), el('button', { type: 'submit', id: 'submit' }, t('go')),
      el('span', { id: 'q-error', class: 'error', role: 'alert' })));
  form.addEventListener('submit', (e) => { e.preventDefault(); go('?' + formParams(form, 'keyness').toString()); });
  main.append(form);
  if (!S.get('run') && ![...S.keys()].some((k) => FILTERS.includes(k) || FILTERS.includes(k.replace(/^vs_/, '')))) return;
  const p = Object.assign(filterParams(''), filterParams('vs_'), S.get('all') ? { all: '1' } : {});
  const out = el('div', { id: 'results' }, el('p', { class: 'note' }, t('loading')));
  main.append(out);
  let k;
  try {
    k = await api('keyness', p);
  } catch (e) {
    out.replaceChildren();
    return showError(e, out);
  }
  out.replaceChildren(notesView(k.notes) || '', el('div', { class: 'summary' },
    el('span', {}, `A: ${fmt(k.a.plans)} ${t('plans')}, ${fmt(k.a.chars)} ${t('chars')} · B: ${fmt(k.b.plans)} ${t('plans')}, ${fmt(k.b.chars)} ${t('chars')}`),
    downloads('keyness', p, 'keyness')),
  numTable('keyness-table', [['ngram', (r) => r.term], ['g2', (r) => fix(r.g2, 2), 1], ['logRatio', (r) => fix(r.log_ratio, 2), 1],
    ['aRate', (r) => fix(r.a_per_10k, 2), 1], ['bRate', (r) => fix(r.b_per_10k, 2), 1],
    ['aOcc', (r) => fmt(r.a_occurrences), 1], ['bOcc', (r) => fmt(r.b_occurrences), 1],
    ['aPlans', (r) => fmt(r.a_plans), 1], ['bPlans', (r) => fmt(r.b_plans), 1]], k.terms));
}

async function viewCollocates(main, m) {
  const extra = el('div', { class: 'row' }, field(t('window'), el('input', { type: 'text', id: 'window', name: 'window',
    value: S.get('window') || '', placeholder: '10', size: 4 })));
  main.append(queryForm('collocates', m, extra, { queryName: 'term' }));
  const term = S.get('term');
  if (!term) return;
  const p = Object.assign({ term }, filterParams(''), S.get('window') ? { window: S.get('window') } : {},
    S.get('all') ? { all: '1' } : {});
  const out = el('div', { id: 'results' }, el('p', { class: 'note' }, t('loading')));
  main.append(out);
  let c;
  try {
    c = await api('collocates', p);
  } catch (e) {
    out.replaceChildren();
    return showError(e, out);
  }
  out.replaceChildren(notesView(c.notes) || '', el('div', { class: 'summary' },
    el('span', {}, `${fmt(c.matching_plans)} / ${fmt(c.plans)} ${t('plans')} · ${fmt(c.occurrences)} ${t('occurrences')}`),
    downloads('collocates', p, 'collocates')),
  numTable('collocates-table', [['ngram', (r) => r.ngram], ['g2', (r) => fix(r.g2, 2), 1], ['logRatio', (r) => fix(r.log_ratio, 2), 1],
    ['near', (r) => fmt(r.near), 1], ['occurrences', (r) => fmt(r.total), 1], ['nearPlans', (r) => fmt(r.near_plans), 1]], c.collocates));
}

// ---- The frame ----------------------------------------------------------------------------------
let renderSeq = 0;
async function render() {
  S = new URLSearchParams(location.search);
  const seq = ++renderSeq;
  const view = S.get('view') === 'doc' ? 'doc' : (VIEWS.includes(S.get('view')) ? S.get('view') : 'search');
  document.documentElement.lang = lang() === 'en' ? 'en' : 'zh-Hans';
  document.title = 'plansearch · ' + t(view === 'doc' ? 'search' : view) + (S.get('q') ? ' · ' + S.get('q') : '');
  const nav = document.getElementById('nav');
  nav.replaceChildren(...VIEWS.map((v) => {
    // carry the query and filters from view to view
    const p = searchParams({ view: v });
    if (v === 'collocates' && S.get('q')) p.term = S.get('q');
    if (v === 'compare' && S.get('q')) p.term = S.get('q');
    delete p.page;
    const a = link(p, t(v));
    a.dataset.view = v;
    if (v === view || (view === 'doc' && v === 'search')) a.classList.add('on');
    return a;
  }));
  const other = new URLSearchParams(S);
  if (lang() === 'en') other.delete('lang'); else other.set('lang', 'en');
  const langLink = document.getElementById('lang');
  langLink.textContent = lang() === 'en' ? '中文' : 'English';
  langLink.setAttribute('href', '?' + other.toString());
  const main = document.getElementById('app');
  main.replaceChildren();
  let m = null;
  try { m = await meta(); } catch (_) { /* pickers stay empty; the error shows with the search */ }
  if (seq !== renderSeq) return;
  const views = { search: viewSearch, doc: viewDoc, kwic: viewKwic, compare: viewCompare, keyness: viewKeyness,
    collocates: viewCollocates };
  await views[view](main, m);
  if (m) footer(m.stats);
}

function footer(s) {
  document.getElementById('foot').replaceChildren(
    `${t('index')} ${s.index} · ${fmt(s.plans)} ${t('docs')} · ${t('updated')} ${s.updated || '—'} · plansearch ${s.plansearch_version} · `,
    el('span', { id: 'stats-downloads' }, t('stats') + ' ', downloads('stats', {}, 'stats')));
}

render();
})();
