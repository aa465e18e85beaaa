// Marrow's search index in the browser: loads the shard scripts that SearchShardWriter.swift
// writes under search/, as <script src> elements added when a query needs them (pages opened
// from disk, file://, may not fetch), and ranks sections. The query is folded, stripped of stop
// words and stemmed by search-text.js exactly as the index was built, so a stem finds its
// vocabulary shard (its first two letters); that shard lists every stem there, which gives
// prefix matches for the word being typed and one-edit typo matches. search.js draws results.
(function () {
  "use strict";

  var PREFIX_MIN = 3, TYPO_MIN = 5, PREFIX_LIMIT = 5, RERANK = 20, LIST_SIZE = 8, PAGE_SIZE = 20;
  var WEIGHT = { exact: 1, prefix: 0.8, typo: 0.6 };
  var ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  var DIGIT = new Int8Array(128);
  for (var a = 0; a < ALPHABET.length; a++) DIGIT[ALPHABET.charCodeAt(a)] = a;

  var root = "";
  var store = { meta: null, vocab: {}, postings: {}, packed: {}, docs: {}, decoded: {} };
  var loading = {};
  var inflating = {};

  // Called by the shard scripts.
  window.marrowSearch = {
    addMeta: function (meta) {
      meta.vocabSet = new Set(meta.vocab);
      meta.stopSet = new Set(meta.stop);
      store.meta = meta;
    },
    addVocab: function (key, entries) { store.vocab[key] = entries; },
    addPostings: function (number, entries) { store.postings[number] = entries; },
    addDocs: function (first, packed) { store.packed[first] = packed; }
  };

  function load(path) {
    if (!loading[path]) {
      loading[path] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = root + "search/" + path;
        script.onload = function () { resolve(); };
        script.onerror = function () { reject(new Error("cannot load search/" + path)); };
        document.head.appendChild(script);
      });
    }
    return loading[path];
  }

  // d/<n>.js holds `group` sections as deflated JSON in base64 (SearchShardWriter.swift).
  function inflate(base64) {
    var binary = atob(base64);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    return new Response(stream).text();
  }

  function docFile(file) {
    if (!inflating[file]) {
      var first = file * store.meta.group;
      inflating[file] = load("d/" + file + ".js").then(function () {
        return inflate(store.packed[first]);
      }).then(function (json) {
        delete store.packed[first];
        JSON.parse(json).forEach(function (doc, i) { store.docs[first + i] = doc; });
      });
    }
    return inflating[file];
  }

  // The sections numbered `numbers`: {u: address, c: chapter, s: section, t: text}.
  function docs(numbers) {
    var files = [];
    numbers.forEach(function (n) {
      var file = Math.floor(n / store.meta.group);
      if (files.indexOf(file) < 0) files.push(file);
    });
    return Promise.all(files.map(docFile)).then(function () {
      return numbers.map(function (n) { return store.docs[n]; });
    });
  }

  function shardKey(stem) { return Array.from(stem).slice(0, 2).join(""); }

  function fileName(key) {
    return Array.from(key).map(function (c) {
      return /[a-z0-9]/.test(c) ? c : "_" + c.codePointAt(0).toString(16) + "_";
    }).join("");
  }

  function loadVocab(stems) {
    var wanted = [];
    stems.forEach(function (stem) {
      var key = shardKey(stem);
      if (store.meta.vocabSet.has(key) && wanted.indexOf(key) < 0) wanted.push(key);
    });
    return Promise.all(wanted.map(function (key) { return load("v/" + fileName(key) + ".js"); }));
  }

  function entry(stem) {
    var shard = store.vocab[shardKey(stem)];
    return shard && Object.prototype.hasOwnProperty.call(shard, stem) ? shard[stem] : null;
  }

  function loadPostings(stems) {
    var files = [];
    stems.forEach(function (stem) {
      var e = entry(stem);
      if (e && typeof e[2] === "number" && files.indexOf(e[2]) < 0) files.push(e[2]);
    });
    return Promise.all(files.map(function (n) { return load("p/" + n + ".js"); }));
  }

  // Gaps and levels as PostingsEncoding.swift writes them; scores scaled by the stem's highest.
  function postings(stem) {
    if (store.decoded[stem]) return store.decoded[stem];
    var e = entry(stem);
    if (!e) return null;
    var text = typeof e[2] === "string" ? e[2] : store.postings[e[2]][stem];
    var docs = new Int32Array(e[0]), scores = new Float64Array(e[0]), count = 0;
    var previous = -1, number = 0, gap = true, scale = e[1] / 63;
    for (var i = 0; i < text.length; i++) {
      var v = DIGIT[text.charCodeAt(i)];
      if (gap) {
        number = number * 32 + (v & 31);
        if (v < 32) { previous += number; number = 0; gap = false; }
      } else {
        docs[count] = previous;
        scores[count++] = v * scale;
        gap = true;
      }
    }
    store.decoded[stem] = { docs: docs, scores: scores };
    return store.decoded[stem];
  }

  // At most one insertion, deletion, substitution or swap of neighbours between a and b.
  function oneEdit(a, b) {
    if (a === b) return true;
    var la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1) return false;
    var i = 0;
    while (i < la && i < lb && a[i] === b[i]) i++;
    if (la === lb) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  // The query's words: folded, without stop words, each with its stem.
  function queryWords(text) {
    var list = window.marrowText.words(text).filter(function (w) { return !store.meta.stopSet.has(w.word); });
    var typing = list.length > 0 && !/\s$/.test(text);
    return list.map(function (w, i) {
      return { word: w.word, stem: window.marrowText.stem(w.word), prefix: typing && i === list.length - 1 };
    });
  }

  // The stems that stand for one typed word, each with the weight of its kind of match.
  function variants(word) {
    var out = [];
    var seen = {};
    function add(stem, weight) {
      if (!seen[stem] && entry(stem)) { seen[stem] = true; out.push({ stem: stem, weight: weight }); }
    }
    add(word.stem, WEIGHT.exact);
    var keys = Object.keys(store.vocab[shardKey(word.stem)] || {});
    if (word.prefix && word.word.length >= PREFIX_MIN) {
      // The typed letters may start a stem of another shard than the word's own stem.
      var more = shardKey(word.word) !== shardKey(word.stem) ? Object.keys(store.vocab[shardKey(word.word)] || {}) : [];
      keys.concat(more).filter(function (s) { return s.indexOf(word.word) === 0 || s.indexOf(word.stem) === 0; })
        .sort(function (x, y) { return entry(y)[0] - entry(x)[0] || (x < y ? -1 : 1); })
        .slice(0, PREFIX_LIMIT)
        .forEach(function (s) { add(s, WEIGHT.prefix); });
    }
    if (word.word.length >= TYPO_MIN) {
      keys.filter(function (s) { return oneEdit(s, word.stem) || oneEdit(s, word.word); }).sort()
        .forEach(function (s) { add(s, WEIGHT.typo); });
    }
    return out;
  }

  // Clauses: one per word, or one per run of words that a synonym group names; each clause is
  // a list of alternatives (all of whose slots must match), each slot a list of variants.
  function clauses(words) {
    var stems = words.map(function (w) { return w.stem; });
    var out = [];
    var i = 0;
    while (i < words.length) {
      var found = null;
      (store.meta.syn || []).forEach(function (group) {
        group.forEach(function (alt) {
          if (found || alt.length > stems.length - i) return;
          for (var k = 0; k < alt.length; k++) {
            if (alt[k] === stems[i + k]) continue;
            // The word being typed may be the start of the group's last word: "photosyn" already
            // finds what "photosynthesis" and its synonym find, so the count does not jump a letter later.
            var typed = words[i + k];
            if (k === alt.length - 1 && typed.prefix && typed.word.length >= PREFIX_MIN + 1 && alt[k].indexOf(typed.word) === 0) continue;
            return;
          }
          found = { group: group, alt: alt };
        });
      });
      if (!found) {
        out.push([[words[i]]]);
        i++;
        continue;
      }
      var own = words.slice(i, i + found.alt.length);
      var alternatives = [own];
      found.group.forEach(function (alt) {
        if (alt !== found.alt) alternatives.push(alt.map(function (s) { return { word: s, stem: s, prefix: false, fixed: true }; }));
      });
      out.push(alternatives);
      i += found.alt.length;
    }
    return out;
  }

  function allStems(words) { return words.map(function (w) { return w.stem; }); }

  // Loads what the query needs and ranks the sections: {results: [doc numbers], stems, clauses}.
  function search(text) {
    return load("meta.js").then(function () {
      var words = queryWords(text);
      if (!words.length) return { results: [], stems: [], clauses: [] };
      var plan = clauses(words);
      var needed = [];
      plan.forEach(function (c) { c.forEach(function (alt) { needed = needed.concat(allStems(alt)); }); });
      words.forEach(function (w) { if (w.prefix) needed.push(w.word); });
      return loadVocab(needed).then(function () {
        var slots = plan.map(function (c) {
          return c.map(function (alt) {
            return alt.map(function (w) { return w.fixed ? [{ stem: w.stem, weight: WEIGHT.exact }].filter(function (v) { return entry(v.stem); }) : variants(w); });
          });
        });
        var stems = [];
        slots.forEach(function (c) { c.forEach(function (alt) { alt.forEach(function (vs) { vs.forEach(function (v) { if (stems.indexOf(v.stem) < 0) stems.push(v.stem); }); }); }); });
        return loadPostings(stems).then(function () { return rank(slots, stems); });
      });
    });
  }

  // Scores are dense arrays indexed by section number (0: no match), quicker than maps when a
  // common word or a prefix brings tens of thousands of postings.
  function slotScores(vs) {
    var out = new Float64Array(store.meta.docs);
    vs.forEach(function (v) {
      var p = postings(v.stem);
      for (var i = 0; i < p.docs.length; i++) {
        var s = p.scores[i] * v.weight;
        if (s > out[p.docs[i]]) out[p.docs[i]] = s;
      }
    });
    return out;
  }

  // The best alternative whose slots all match, per section.
  function clauseScores(alternatives) {
    var best = new Float64Array(store.meta.docs);
    alternatives.forEach(function (alt) {
      if (alt.some(function (vs) { return !vs.length; })) return;
      var arrays = alt.map(slotScores);
      for (var d = 0; d < best.length; d++) {
        var total = 0;
        for (var k = 0; k < arrays.length && total >= 0; k++) total = arrays[k][d] > 0 ? total + arrays[k][d] : -1;
        if (total > best[d]) best[d] = total;
      }
    });
    return best;
  }

  function rank(slots, stems) {
    var arrays = slots.map(clauseScores);
    var n = store.meta.docs;
    var scores = new Float64Array(n);
    var any = false;
    for (var d = 0; d < n; d++) {
      var total = 0;
      for (var k = 0; k < arrays.length && total >= 0; k++) total = arrays[k][d] > 0 ? total + arrays[k][d] : -1;
      if (total > 0) { scores[d] = total; any = true; }
    }
    if (!any) {
      // No section has every word: rank those with any of them.
      arrays.forEach(function (a) { for (var d = 0; d < n; d++) scores[d] += a[d]; });
    }
    var results = [];
    for (var d2 = 0; d2 < n; d2++) if (scores[d2] > 0) results.push(d2);
    results.sort(function (x, y) { return scores[y] - scores[x] || x - y; });
    var clauseStems = slots.map(function (c) {
      var set = new Set();
      c.forEach(function (alt) { alt.forEach(function (vs) { vs.forEach(function (v) { set.add(v.stem); }); }); });
      return set;
    });
    return { results: results, scores: scores, stems: stems, clauses: clauseStems };
  }

  // Loads the small meta.js ahead of the first query (when the reader focuses the box).
  function prepare() { load("meta.js").catch(function () { /* reported by the query that needs it */ }); }

  window.marrowSearchEngine = { search: search, docs: docs, prepare: prepare, setRoot: function (r) { root = r; } };
})();
