// Marrow's search text: folding, word splitting and the English (Porter2) stemmer, the same
// as Sources/MarrowKit/Search (SearchTokenizer.swift, Porter2Word.swift) so that the words a
// reader types meet the stems in the index. Tests/browser/test_search.py checks both
// stemmers against Tests/search-stems.tsv.
(function () {
  "use strict";

  var WORD = /[\p{L}\p{N}\p{M}]+/gu;
  var NOT_WORD = /[^\p{L}\p{N}]+/u;
  var MARKS = /[\u0300-\u036f]/g;

  function fold(text) {
    return text.normalize("NFKD").replace(MARKS, "").toLowerCase();
  }

  // Folded words with the place of the text they come from: [{word, start, end}].
  function words(text) {
    var out = [];
    var match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(text)) !== null) {
      var parts = fold(match[0]).split(NOT_WORD);
      for (var i = 0; i < parts.length; i++) {
        if (parts[i]) out.push({ word: parts[i], start: match.index, end: match.index + match[0].length });
      }
    }
    return out;
  }

  var EXCEPTIONS = {
    skis: "ski", skies: "sky", dying: "die", lying: "lie", tying: "tie", idly: "idl", gently: "gentl",
    ugly: "ugli", early: "earli", only: "onli", singly: "singl", sky: "sky", news: "news", howe: "howe",
    atlas: "atlas", cosmos: "cosmos", bias: "bias", andes: "andes"
  };
  var INVARIANT = ["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"];
  var DOUBLES = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"];
  var STEP2 = [
    ["tional", "tion"], ["enci", "ence"], ["anci", "ance"], ["abli", "able"], ["entli", "ent"], ["izer", "ize"],
    ["ization", "ize"], ["ational", "ate"], ["ation", "ate"], ["ator", "ate"], ["alism", "al"], ["aliti", "al"],
    ["alli", "al"], ["fulness", "ful"], ["ousli", "ous"], ["ousness", "ous"], ["iveness", "ive"], ["iviti", "ive"],
    ["biliti", "ble"], ["bli", "ble"], ["ogi", "og"], ["fulli", "ful"], ["lessli", "less"], ["li", ""]
  ];
  var STEP3 = [
    ["tional", "tion"], ["ational", "ate"], ["alize", "al"], ["icate", "ic"], ["iciti", "ic"], ["ical", "ic"],
    ["ful", ""], ["ness", ""], ["ative", ""]
  ];
  var STEP4 = ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate",
    "iti", "ous", "ive", "ize", "ion"];

  function isVowel(c) {
    return c === "a" || c === "e" || c === "i" || c === "o" || c === "u" || c === "y";
  }

  function ends(w, suffix) {
    return w.length >= suffix.length && w.slice(w.length - suffix.length) === suffix;
  }

  function longest(w, suffixes) {
    var best = null;
    for (var i = 0; i < suffixes.length; i++) {
      if (ends(w, suffixes[i]) && (best === null || suffixes[i].length > best.length)) best = suffixes[i];
    }
    return best;
  }

  function region(w, start) {
    for (var i = start + 1; i < w.length; i++) {
      if (!isVowel(w[i]) && isVowel(w[i - 1])) return i + 1;
    }
    return w.length;
  }

  function endsInShortSyllable(w) {
    var n = w.length;
    if (n === 2) return isVowel(w[0]) && !isVowel(w[1]);
    if (n < 3) return false;
    var last = w[n - 1];
    return !isVowel(w[n - 3]) && isVowel(w[n - 2]) && !isVowel(last) && last !== "w" && last !== "x" && last !== "Y";
  }

  function containsVowel(text) {
    for (var i = 0; i < text.length; i++) if (isVowel(text[i])) return true;
    return false;
  }

  function step1a(w) {
    var suffix = longest(w, ["sses", "ied", "ies", "us", "ss", "s"]);
    if (suffix === "sses") return w.slice(0, -2);
    if (suffix === "ied" || suffix === "ies") return w.slice(0, -3) + (w.length > 4 ? "i" : "ie");
    if (suffix === "s" && w.length >= 3 && containsVowel(w.slice(0, -2))) return w.slice(0, -1);
    return w;
  }

  function step1b(w, r1) {
    var suffix = longest(w, ["eed", "eedly", "ed", "edly", "ing", "ingly"]);
    if (suffix === null) return w;
    var n = suffix.length;
    if (suffix === "eed" || suffix === "eedly") return w.length - n >= r1 ? w.slice(0, -n) + "ee" : w;
    if (!containsVowel(w.slice(0, w.length - n))) return w;
    w = w.slice(0, -n);
    if (ends(w, "at") || ends(w, "bl") || ends(w, "iz")) return w + "e";
    for (var i = 0; i < DOUBLES.length; i++) if (ends(w, DOUBLES[i])) return w.slice(0, -1);
    if (r1 >= w.length && endsInShortSyllable(w)) return w + "e";
    return w;
  }

  function step1c(w) {
    var n = w.length;
    if (n > 2 && (w[n - 1] === "y" || w[n - 1] === "Y") && !isVowel(w[n - 2])) return w.slice(0, -1) + "i";
    return w;
  }

  function rule(rules, suffix) {
    for (var i = 0; i < rules.length; i++) if (rules[i][0] === suffix) return rules[i][1];
    return "";
  }

  function step2(w, r1) {
    var suffix = longest(w, STEP2.map(function (r) { return r[0]; }));
    if (suffix === null || w.length - suffix.length < r1) return w;
    var before = w.length > suffix.length ? w[w.length - suffix.length - 1] : "";
    if (suffix === "ogi" && before !== "l") return w;
    if (suffix === "li" && "cdeghkmnrt".indexOf(before) < 0) return w;
    if (suffix === "li" && before === "") return w;
    return w.slice(0, -suffix.length) + rule(STEP2, suffix);
  }

  function step3(w, r1, r2) {
    var suffix = longest(w, STEP3.map(function (r) { return r[0]; }));
    if (suffix === null || w.length - suffix.length < r1) return w;
    if (suffix === "ative" && w.length - suffix.length < r2) return w;
    return w.slice(0, -suffix.length) + rule(STEP3, suffix);
  }

  function step4(w, r2) {
    var suffix = longest(w, STEP4);
    if (suffix === null || w.length - suffix.length < r2) return w;
    if (suffix === "ion") {
      var before = w.length > 3 ? w[w.length - 4] : "";
      if (before !== "s" && before !== "t") return w;
    }
    return w.slice(0, -suffix.length);
  }

  function step5(w, r1, r2) {
    var n = w.length;
    if (n === 0) return w;
    if (w[n - 1] === "e") {
      if (n - 1 >= r2) return w.slice(0, -1);
      if (n - 1 >= r1 && !endsInShortSyllable(w.slice(0, -1))) return w.slice(0, -1);
    } else if (w[n - 1] === "l" && n - 1 >= r2 && n >= 2 && w[n - 2] === "l") {
      return w.slice(0, -1);
    }
    return w;
  }

  function stem(word) {
    if (word.length <= 2 || !/^[a-z']+$/.test(word)) return word;
    if (Object.prototype.hasOwnProperty.call(EXCEPTIONS, word)) return EXCEPTIONS[word];
    var w = word[0] === "'" ? word.slice(1) : word;
    var letters = w.split("");
    for (var i = 0; i < letters.length; i++) {
      if (letters[i] === "y" && (i === 0 || isVowel(letters[i - 1]))) letters[i] = "Y";
    }
    w = letters.join("");
    var prefix = /^(gener|commun|arsen)/.exec(w);
    var r1 = prefix ? prefix[0].length : region(w, 0);
    var r2 = Math.max(r1 < w.length ? region(w, r1) : w.length, r1);
    if (w.length > 2) {
      var suffix = longest(w, ["'s'", "'s", "'"]);
      if (suffix) w = w.slice(0, -suffix.length);
      w = step1a(w);
      if (w.length > 2 && INVARIANT.indexOf(w.replace(/Y/g, "y")) < 0) {
        w = step5(step4(step3(step2(step1c(step1b(w, r1)), r1), r1, r2), r2), r1, r2);
      }
    }
    return w.replace(/Y/g, "y");
  }

  var cache = new Map();
  function cachedStem(word) {
    var s = cache.get(word);
    if (s === undefined) {
      s = stem(word);
      cache.set(word, s);
    }
    return s;
  }

  window.marrowText = { fold: fold, words: words, stem: cachedStem };
})();
