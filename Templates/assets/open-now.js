// Signpost: "Open now" on a service's page, from the opening hours written into the page.
// The page is complete without this script; it only adds the live status. No network, no storage.
// Its words are the data-... attributes of the status element, which the template writes from the strings file.
// The same rules are in Swift (Content/API/Services/OpenStatus.swift): times are wall-clock
// minutes from Monday 00:00 in Europe/London, so the status follows GMT and BST.
(function () {
  "use strict";
  var out = document.querySelector("[data-open-now]");
  var data = document.getElementById("opening-hours-data");
  if (!out || !data || !window.Intl || !out.hasAttribute("data-open-always")) return;
  var hours;
  try { hours = JSON.parse(data.textContent); } catch (e) { return; }
  var WEEK = 7 * 1440;
  function say(name) { return out.getAttribute("data-" + name) || ""; }
  var ON_DAYS = [1, 2, 3, 4, 5, 6, 7].map(function (n) { return say("on-day-" + n); });

  function londonNow() {
    var parts = {};
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/London", weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23"
    }).formatToParts(new Date()).forEach(function (p) { parts[p.type] = p.value; });
    var day = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(parts.weekday);
    return day * 1440 + (parseInt(parts.hour, 10) % 24) * 60 + parseInt(parts.minute, 10);
  }

  function words(minutes) {
    if (minutes === 0 || minutes === 1440) return say("midnight");
    if (minutes === 720) return say("midday");
    var h = Math.floor(minutes / 60), m = minutes % 60;
    return (h % 12 === 0 ? 12 : h % 12) + (m ? ":" + (m < 10 ? "0" : "") + m : "") + say(h < 12 ? "am" : "pm");
  }

  function when(daysAhead, day) {
    if (daysAhead === 0) return day === null ? "" : " " + say("today");
    if (daysAhead === 1) return " " + say("tomorrow");
    return day === null ? "" : " " + ON_DAYS[day];
  }

  // The status at `now`: {open, text}, or null when the service never opens.
  function status(now) {
    if (hours.always) return { open: true, text: say("open-always") };
    var spans = [];
    hours.spans.forEach(function (s) { spans.push([s[0], s[1]], [s[0] + WEEK, s[1] + WEEK]); });
    spans.sort(function (a, b) { return a[0] - b[0]; });
    if (!spans.length) return null;
    var times = [now, now + WEEK];
    for (var t = 0; t < times.length; t++) {
      var time = times[t];
      var open = spans.filter(function (s) { return s[0] <= time && time < s[1]; })[0];
      if (!open) continue;
      var end = open[1], next;
      while ((next = spans.filter(function (s) { return s[0] <= end && s[1] > end; })[0])) {
        end = next[1];
        if (end - time >= WEEK) return { open: true, text: say("open-always") };
      }
      var midnight = end % 1440 === 0;
      var daysAhead = (midnight ? Math.floor(end / 1440) - 1 : Math.floor(end / 1440)) - Math.floor(time / 1440);
      return { open: true, text: say("open-until") + " " + words(midnight ? 1440 : end % 1440) + when(daysAhead, null) };
    }
    var start = (spans.filter(function (s) { return s[0] > now; })[0] || spans[0])[0];
    var ahead = Math.floor(start / 1440) - Math.floor(now / 1440);
    return { open: false, text: say("closed-until") + " " + words(start % 1440) + when(ahead, Math.floor(start / 1440) % 7) };
  }

  var now = status(londonNow());
  if (!now || !now.text) return;
  out.textContent = now.text;
  out.className += now.open ? " open-now--open" : " open-now--closed";
  out.hidden = false;
})();
