// Signpost: the site search, on the website's search page and on the kiosk's search screen.
// The page is complete without this script: with no script, the search page lists every guide and service
// A to Z. Its words are the data-search-... attributes of the [data-search] element, which the template writes
// from the strings file. No network beyond the site's own files, no storage, no modules, nothing from elsewhere.
//
// The index (Sources/Search/API/SearchIndex.swift) is a folder of classic scripts for each language, loaded
// with <script src> so that the search works opened from the disk (file://) too:
//   index.js   signpostSearch.manifest({"entries": n, "perFile": p, "pieces": ["ab", "ac", ...]});
//   t<i>.js    signpostSearch.piece(i, [["word", documentsItIsIn, [firstDocument, weight, step, weight, ...]], ...]);
//   d<i>.js    signpostSearch.entries(i, [["path/", "Title", "Summary", "Section", inEnglish], ...]);
// A query loads the manifest, the pieces its words can be in, and the entries of the results it shows.
// The words of a text (terms) follow the same rules as Sources/Search/API/SearchTerms.swift, step for step.
(function () {
  "use strict";

  // ==== Words ==================================================================================
  // What joins a word's two sides, taken out: apostrophes, & ("A&E"), the zero-width non-joiner and joiner, the soft
  // hyphen and the word joiner (SearchTerms.joiners).
  var APOSTROPHES = /['\u2019&\u200c\u200d\u00ad\u2060]/g;
  var NOT_WORD = /[^\p{Alphabetic}\p{N}\p{M}]+/u;
  var ASCII = /^[\x00-\x7f]*$/;
  var MARKS = /[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g;
  var PLAIN = { "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h", "þ": "th", "ð": "d" };
  var NOT_PLAIN = /[łøđßæœıħþð]/g;

  function fold(word) {
    if (ASCII.test(word)) return word.toLowerCase();
    return word.normalize("NFKD").toLowerCase().replace(MARKS, "").replace(NOT_PLAIN, function (c) { return PLAIN[c]; });
  }

  // The folded words of `text`, in order, repeats kept; words of one letter left out.
  function terms(text) {
    var out = [];
    String(text == null ? "" : text).replace(APOSTROPHES, "").split(NOT_WORD).forEach(function (word) {
      if (!word) return;
      var term = fold(word);
      if (Array.from(term).length > 1) out.push(term);
    });
    return out;
  }

  function unique(list) {
    return list.filter(function (item, i) { return list.indexOf(item) === i; });
  }

  // ==== The index's files ======================================================================
  var LOAD_TIMEOUT = 20000;  // ms: a file that neither loads nor fails by then counts as failed
  var indexes = {};  // by the index folder's URL

  function indexAt(base) {
    if (!indexes[base]) indexes[base] = { base: base, manifest: null, pieces: [], entries: [], files: {} };
    return indexes[base];
  }

  function pageIndex() {
    if (api.index) return api.index;
    var box = document.querySelector("[data-search]");
    return (box && box.getAttribute("data-search-index")) || "";
  }

  // The index a callback is for: the folder of the script being run.
  function calling() {
    var script = document.currentScript;
    var base = script && script.getAttribute("data-signpost-index");
    return indexAt(base === null || base === undefined ? pageIndex() : base);
  }

  // A piece's words, each document's number worked out from the steps.
  function decode(lines) {
    return lines.map(function (line) {
      var pairs = line[2] || [];
      var docs = new Array(pairs.length >> 1);
      var weights = new Array(pairs.length >> 1);
      var doc = 0;
      for (var j = 0, k = 0; j + 1 < pairs.length; j += 2, k++) {
        doc += pairs[j];
        docs[k] = doc;
        weights[k] = pairs[j + 1];
      }
      return { word: String(line[0]), count: line[1] || 1, docs: docs, weights: weights };
    });
  }

  // One file of the index, as a <script>; resolves true once it has run, false when it failed to load.
  // A failed file is tried again by the next search.
  function load(index, name) {
    if (index.files[name]) return index.files[name];
    var loading = new Promise(function (resolve) {
      var script = document.createElement("script");
      var timer = null;
      function done(ok) {
        script.onload = script.onerror = null;
        if (timer !== null) window.clearTimeout(timer);
        if (script.parentNode) script.parentNode.removeChild(script);
        if (!ok) delete index.files[name];
        resolve(ok);
      }
      script.onload = function () { done(true); };
      script.onerror = function () { done(false); };
      timer = window.setTimeout(function () { done(false); }, LOAD_TIMEOUT);
      script.setAttribute("data-signpost-index", index.base);
      script.src = index.base + name;
      (document.head || document.documentElement).appendChild(script);
    });
    index.files[name] = loading;
    return loading;
  }

  function loadManifest(index) {
    return index.manifest ? Promise.resolve(true) : load(index, "index.js");
  }

  // What a query word of five letters or more also matches: its words that begin with it less its last letter, so
  // that plurals and other endings meet ("complaints" finds "complaint", "skarga" finds "skargę").
  function stemOf(word) {
    var letters = Array.from(word);
    return letters.length >= 5 ? letters.slice(0, -1).join("") : word;
  }

  // The numbers of the pieces a query word (or its stem) can be in.
  function piecesFor(index, words) {
    words = words.map(stemOf);
    var keys = index.manifest.pieces || [];
    var wanted = [];
    keys.forEach(function (key, i) {
      key = String(key);
      for (var w = 0; w < words.length; w++) {
        if (words[w].indexOf(key) === 0 || key.indexOf(words[w]) === 0) { wanted.push(i); return; }
      }
    });
    return wanted;
  }

  // ==== Ranking ================================================================================
  // For each query word, the index's words that begin with it or its stem match it (the query word itself counts
  // in full, a longer word 0.8, the stem itself 0.9 and a longer word that only meets the stem 0.6); each document
  // keeps the best of them, times the query word's rarity (BM25's: a word in most documents counts for almost
  // nothing, so "how", "do" and "about" do not outweigh "complain"). A document's score adds up its query words:
  // the highest first, then the lowest number.
  function rank(index, words) {
    var n = index.manifest.entries | 0;
    var keys = index.manifest.pieces || [];
    var total = new Float64Array(n);
    var matched = new Uint16Array(n);
    var best = new Float64Array(n);
    var seenBy = new Int32Array(n);
    var found = [];
    words.forEach(function (q, qi) {
      var mark = qi + 1;
      var seen = [];
      var stem = stemOf(q);
      var common = 0;
      for (var p = 0; p < keys.length; p++) {
        var key = String(keys[p]);
        if (stem.indexOf(key) !== 0 && key.indexOf(stem) !== 0) continue;
        var piece = index.pieces[p];
        if (!piece) continue;  // failed to load: nothing from it
        for (var l = 0; l < piece.length; l++) {
          var line = piece[l];
          if (line.word.indexOf(stem) !== 0) continue;
          if (line.count > common) common = line.count;
          var exact = line.word === q ? 1 : line.word.indexOf(q) === 0 ? 0.8 : line.word === stem ? 0.9 : 0.6;
          var docs = line.docs, weights = line.weights;
          for (var d = 0; d < docs.length; d++) {
            var doc = docs[d];
            if (doc < 0 || doc >= n) continue;
            var score = weights[d] * exact;
            if (seenBy[doc] !== mark) { seenBy[doc] = mark; best[doc] = score; seen.push(doc); }
            else if (score > best[doc]) best[doc] = score;
          }
        }
      }
      // The query word's rarity is that of the most common word it matched, so a rarer longer word does not
      // outweigh the word itself.
      var idf = Math.log(1 + (n - common + 0.5) / (common + 0.5));
      for (var s = 0; s < seen.length; s++) {
        var doc = seen[s];
        if (matched[doc] === 0) found.push(doc);
        matched[doc] += 1;
        total[doc] += best[doc] * idf;
      }
    });
    found.sort(function (a, b) {
      return (total[b] - total[a]) || (a - b);
    });
    return found.map(function (doc) { return { doc: doc, score: total[doc], matched: matched[doc] }; });
  }

  // Fills in what results[from ..< to] show, loading their files of entries. A result whose file failed has
  // `missing` set (and no path).
  function loadEntries(results, from, to, base) {
    var index = indexAt(base === undefined ? pageIndex() : base);
    var perFile = (index.manifest && index.manifest.perFile) || 20;
    var part = results.slice(Math.max(0, from || 0), to === undefined ? results.length : to);
    var files = unique(part.map(function (r) { return Math.floor(r.doc / perFile); }));
    return Promise.all(files.map(function (f) {
      return index.entries[f] ? true : load(index, "d" + f + ".js");
    })).then(function () {
      part.forEach(function (r) {
        var file = index.entries[Math.floor(r.doc / perFile)];
        var entry = file && file[r.doc % perFile];
        if (!entry) { r.missing = true; return; }
        r.missing = false;
        r.path = String(entry[0]);
        r.title = String(entry[1]);
        r.summary = String(entry[2] || "");
        r.section = String(entry[3] || "");
        r.inEnglish = entry[4] === 1 || entry[4] === true;
      });
      return results;
    });
  }

  var now = window.performance && performance.now ? function () { return performance.now(); } : function () { return Date.now(); };

  // All the results of `query`, best first, with what the first `limit` (10) show loaded; `ms` is the time the
  // ranking took once the pieces were loaded.
  function search(query, limit) {
    limit = limit === undefined || limit === null ? 10 : limit;
    var base = pageIndex();
    var index = indexAt(base);
    var words = unique(terms(query));
    if (!words.length) return Promise.resolve({ results: [], ms: 0 });
    return loadManifest(index).then(function () {
      if (!index.manifest) return { results: [], ms: 0 };
      return Promise.all(piecesFor(index, words).map(function (p) {
        return index.pieces[p] ? true : load(index, "t" + p + ".js");
      })).then(function () {
        var start = now();
        var results = rank(index, words);
        var ms = now() - start;
        api.lastQueryMs = ms;
        return loadEntries(results, 0, limit, base).then(function () { return { results: results, ms: ms }; });
      });
    });
  }

  // The callbacks of the index's scripts come first, before anything is loaded.
  var api = window.signpostSearch = {
    manifest: function (manifest) { calling().manifest = manifest; },
    piece: function (i, lines) { calling().pieces[i] = decode(lines || []); },
    entries: function (i, list) { calling().entries[i] = list || []; },
    terms: terms,
    search: search,
    load: loadEntries,
    index: null,  // the index folder's URL; the [data-search] element's data-search-index when not set
    lastQueryMs: null
  };

  // ==== The search page and the kiosk's search screen ===========================================
  function setUp() {
    var box = document.querySelector("[data-search]");
    if (!box) return;
    var kiosk = box.hasAttribute("data-search-kiosk");
    var input = document.getElementById(kiosk ? "kiosk-search-query" : "search-query");
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    var more = document.getElementById("search-more");
    var none = document.getElementById("search-none");
    if (!input || !status || !list) return;
    var form = input.form;
    var root = box.getAttribute("data-search-root") || "";
    var fromDisk = window.location.protocol === "file:";
    var PAGE = kiosk ? 8 : 10;
    var WAIT = kiosk ? 150 : 300;  // ms without typing before searching
    var SLOW = 200;  // ms before saying "Searching…"
    function say(name) { return box.getAttribute("data-search-" + name) || ""; }

    var current = 0;  // the number of the latest search; older ones finishing late are ignored
    var results = [];
    var shown = 0;
    var typing = null;
    var slow = null;

    function setStatus(text) {
      if (status.textContent !== text) status.textContent = text;
    }

    function link(path) {
      var href = root + path;
      if ((kiosk || fromDisk) && (path === "" || path.charAt(path.length - 1) === "/")) href += "index.html";
      return href;
    }

    function element(name, className, text) {
      var e = document.createElement(name);
      if (className) e.className = className;
      if (text !== undefined) e.textContent = text;
      return e;
    }

    function item(r) {
      var li, a;
      if (kiosk) {
        li = element("li");
        a = element("a", "kiosk-button kiosk-result");
        var title = element("span", "kiosk-result__title", r.title);
        a.appendChild(title);
        if (r.inEnglish) {
          title.lang = "en";
          a.appendChild(element("span", "kiosk-result__note", say("in-english")));
        }
        if (r.summary) {
          var about = element("span", "kiosk-result__summary", r.summary);
          if (r.inEnglish) about.lang = "en";
          a.appendChild(about);
        }
        li.appendChild(a);
      } else {
        li = element("li", "search-result");
        var heading = element("h2", "search-result__title");
        a = element("a", "", r.title);
        heading.appendChild(a);
        if (r.inEnglish) {
          a.lang = "en";
          heading.appendChild(document.createTextNode(" "));
          heading.appendChild(element("span", "other-language", say("in-english")));
        }
        li.appendChild(heading);
        if (r.section) {
          var section = element("p", "search-result__section", r.section);
          if (r.inEnglish) section.lang = "en";
          li.appendChild(section);
        }
        if (r.summary) {
          var summary = element("p", "search-result__summary", r.summary);
          if (r.inEnglish) summary.lang = "en";
          li.appendChild(summary);
        }
      }
      a.href = link(r.path);
      if (r.inEnglish) a.hreflang = "en";
      return li;
    }

    // Loads what results[from ..< from + PAGE] show; those whose file of entries failed to load are left out,
    // and the ones after them take their places.
    function fill(found, from) {
      return loadEntries(found, from, from + PAGE).then(function () {
        var kept = found.filter(function (r, i) { return i < from || !r.missing; });
        return kept.length === found.length ? kept : fill(kept, from);
      });
    }

    // Adds results[from ..< to] to the list; gives back the first new link.
    function append(from, to) {
      var first = null;
      for (var i = from; i < to && i < results.length; i++) {
        if (results[i].missing || results[i].path === undefined) continue;
        var li = item(results[i]);
        if (!first) first = li.querySelector("a");
        list.appendChild(li);
      }
      shown = Math.min(to, results.length);
      if (more) more.hidden = kiosk || shown >= results.length;
      return first;
    }

    function clear() {
      current += 1;
      if (slow !== null) { window.clearTimeout(slow); slow = null; }
      results = [];
      shown = 0;
      list.textContent = "";
      list.hidden = true;
      if (more) more.hidden = true;
      if (none) none.hidden = true;
      setStatus("");
    }

    function showNone(query) {
      list.textContent = "";
      list.hidden = true;
      if (more) more.hidden = true;
      setStatus(say("none") + " " + query);
      if (none) none.hidden = false;
    }

    // Searches for what is in the box. `then` runs once the results are shown (not for a search overtaken by
    // a later one). `asked`: the reader pressed Search, so words too short to search for still get an answer.
    function run(asked, then) {
      if (typing !== null) { window.clearTimeout(typing); typing = null; }
      var query = input.value.replace(/\s+/g, " ").trim();
      if (!kiosk) remember(query);
      if (!terms(query).length) {
        clear();
        if (asked && query) showNone(query);
        if (then) then();
        return;
      }
      var number = ++current;
      if (slow !== null) window.clearTimeout(slow);
      slow = window.setTimeout(function () {
        slow = null;
        if (number === current) setStatus(say("searching") + "\u2026");
      }, SLOW);
      search(query, PAGE).then(function (found) {
        return number === current ? fill(found.results, 0) : null;
      }).then(function (found) {
        if (number !== current || !found) return;
        results = found;
        if (slow !== null) { window.clearTimeout(slow); slow = null; }
        list.textContent = "";
        shown = 0;
        if (!results.length) {
          showNone(query);
        } else {
          if (none) none.hidden = true;
          append(0, PAGE);
          list.hidden = false;
          // The kiosk shows no more than its PAGE results, and says how many it shows.
          setStatus(say("found") + " " + (kiosk ? Math.min(results.length, PAGE) : results.length));
        }
        if (then) then();
      }, function () {
        if (number !== current) return;
        if (slow !== null) { window.clearTimeout(slow); slow = null; }
        results = [];
        showNone(query);
        if (then) then();
      });
    }

    function later() {
      if (typing !== null) window.clearTimeout(typing);
      typing = window.setTimeout(function () { typing = null; run(false); }, WAIT);
    }

    // The address keeps the words (?q=), so that reloading the page or coming back to it searches again.
    function remember(query) {
      if (!window.history || !history.replaceState || !window.URLSearchParams) return;
      var params = new URLSearchParams(window.location.search);
      if ((params.get("q") || "") === query) return;
      if (query) params.set("q", query); else params.delete("q");
      var words = params.toString();
      try {
        history.replaceState(history.state, "", window.location.pathname + (words ? "?" + words : "") + window.location.hash);
      } catch (e) { /* some browsers refuse it from file:// */ }
    }

    input.addEventListener("input", later);

    if (kiosk) {
      // The on-screen keyboard types at the end of the box, without focusing it (that would raise the
      // system's own keyboard on a touch screen).
      box.addEventListener("click", function (event) {
        var key = event.target.closest ? event.target.closest("[data-key], [data-key-delete], [data-key-clear]") : null;
        if (!key || !box.contains(key)) return;
        event.preventDefault();
        if (key.hasAttribute("data-key-clear")) {
          input.value = "";
          run(false);
          return;
        }
        if (key.hasAttribute("data-key-delete")) {
          input.value = Array.from(input.value).slice(0, -1).join("");
        } else {
          var letter = key.getAttribute("data-key") || "";
          if (letter === " " && (!input.value || / $/.test(input.value))) return;  // no space first, nor two
          input.value += letter;
        }
        input.scrollLeft = input.scrollWidth;
        later();
      });
      // The next person never sees the last one's words, even from the back-forward cache.
      window.addEventListener("pageshow", function () {
        input.value = "";
        clear();
      });
      input.value = "";
    } else {
      if (form) {
        form.addEventListener("submit", function (event) {
          event.preventDefault();
          run(true, function () { if (status.textContent) status.focus(); });
        });
      }
      if (more) {
        var adding = false;
        more.addEventListener("click", function () {
          if (adding || shown >= results.length) return;
          adding = true;
          var number = current;
          var from = shown;
          fill(results, from).then(function (found) {
            adding = false;
            if (number !== current) return;
            results = found;
            var first = append(from, from + PAGE);
            if (first) first.focus();
          }, function () { adding = false; });
        });
      }
      var asked = window.URLSearchParams ? new URLSearchParams(window.location.search).get("q") : null;
      if (asked) {
        input.value = asked;
        run(true);
      }
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp); else setUp();
})();
