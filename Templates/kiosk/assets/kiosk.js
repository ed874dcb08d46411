/*
 * Signpost kiosk: the foyer screen's behaviour. Runs from the disk with no network.
 * - Text size: three steps, kept while one person uses the screen (sessionStorage).
 * - Back: the last page this person saw; the link's own address (the page above) otherwise.
 * - Idle time-out: after data-kiosk-idle seconds without a touch, a dialog asks "Are you still there?"
 *   and counts down data-kiosk-warning seconds; then the screen forgets everything (history, text size,
 *   scroll, open sections) and goes back to the start page.
 * - No context menu; no printing (see kiosk.css).
 */
(function () {
  "use strict";
  var SIZE_KEY = "signpost-kiosk-text-size";
  var TRAIL_KEY = "signpost-kiosk-trail";
  var store = (function () {
    try { window.sessionStorage.setItem("signpost-kiosk-test", "1"); return window.sessionStorage; } catch (e) { return null; }
  })();
  function read(key) { return store ? store.getItem(key) : null; }
  function write(key, value) { if (store) store.setItem(key, value); }

  // The text size is set before the page is drawn, so it never jumps.
  var size = read(SIZE_KEY) || "1";
  document.documentElement.setAttribute("data-text-size", size);

  function setSize(value) {
    size = value;
    write(SIZE_KEY, value);
    document.documentElement.setAttribute("data-text-size", value);
    var buttons = document.querySelectorAll("[data-kiosk-size]");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute("aria-pressed", buttons[i].getAttribute("data-kiosk-size") === value ? "true" : "false");
    }
  }

  function trail() {
    try { return JSON.parse(read(TRAIL_KEY) || "[]"); } catch (e) { return []; }
  }

  // Back to the start page; `forget` (the time-out) also forgets the text size, and goes back to the English
  // start page (data-kiosk-reset) from a kiosk in another language.
  function startAgain(forget) {
    if (store && forget) store.clear();
    if (store) store.removeItem(TRAIL_KEY);
    var start = document.body.getAttribute("data-kiosk-start") || "index.html";
    var reset = document.body.getAttribute("data-kiosk-reset");
    window.location.replace(forget && reset ? reset : start);
  }

  function setUpIdle() {
    var idleSeconds = parseInt(document.body.getAttribute("data-kiosk-idle"), 10) || 120;
    var warningSeconds = Math.max(20, parseInt(document.body.getAttribute("data-kiosk-warning"), 10) || 30);
    var dialog = document.getElementById("kiosk-idle");
    var count = document.getElementById("kiosk-idle-count");
    var stay = document.getElementById("kiosk-idle-stay");
    var idleTimer = null;
    var countdown = null;
    var left = warningSeconds;

    function keepGoing() {
      if (countdown !== null) { window.clearInterval(countdown); countdown = null; }
      if (dialog.open) dialog.close();
      restart();
    }
    function restart() {
      if (idleTimer !== null) window.clearTimeout(idleTimer);
      if (countdown === null) idleTimer = window.setTimeout(warn, idleSeconds * 1000);
    }
    function warn() {
      left = warningSeconds;
      count.textContent = String(left);
      if (typeof dialog.showModal === "function") dialog.showModal(); else dialog.setAttribute("open", "");
      stay.focus();
      countdown = window.setInterval(function () {
        left -= 1;
        count.textContent = String(Math.max(left, 0));
        if (left <= 0) { window.clearInterval(countdown); startAgain(true); }
      }, 1000);
    }
    stay.addEventListener("click", keepGoing);
    dialog.addEventListener("cancel", function (event) { event.preventDefault(); keepGoing(); });
    ["pointerdown", "touchstart", "keydown", "wheel", "scroll"].forEach(function (name) {
      document.addEventListener(name, function () {
        if (countdown === null) restart();
      }, { capture: true, passive: true });
    });
    restart();
  }

  function setUp() {
    var buttons = document.querySelectorAll("[data-kiosk-size]");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener("click", function (event) { setSize(event.currentTarget.getAttribute("data-kiosk-size")); });
    }
    setSize(size);

    // Remember this page for Back; the start page begins a new trail.
    var here = window.location.href.split("#")[0];
    var pages = document.body.hasAttribute("data-kiosk-first") ? [] : trail();
    if (pages[pages.length - 1] !== here) pages.push(here);
    write(TRAIL_KEY, JSON.stringify(pages.slice(-50)));
    var back = document.querySelector("[data-kiosk-back]");
    if (back) {
      back.addEventListener("click", function (event) {
        var list = trail();
        if (list.length > 1) {
          event.preventDefault();
          list.pop();
          var previous = list[list.length - 1];
          write(TRAIL_KEY, JSON.stringify(list.slice(0, -1)));
          window.location.href = previous;
        }
      });
    }
    var restartLink = document.querySelector("[data-kiosk-restart]");
    if (restartLink) restartLink.addEventListener("click", function (event) { event.preventDefault(); startAgain(false); });

    document.addEventListener("contextmenu", function (event) { event.preventDefault(); });
    if (document.getElementById("kiosk-idle")) setUpIdle();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp); else setUp();
})();
