import Foundation

/// The script the preview adds to every HTML page it serves (and never to the built site).
///
/// It listens to the server's events: `reload` reloads the page; `problems` shows what is wrong over
/// the page, with each problem's file and line, until the next good edit reloads it. Text is set with
/// `textContent`, so nothing in a message is read as HTML.
enum LiveReloadScript {
    static func inject(into html: String) -> String {
        let tag = "<script src=\"\(RequestPath.scriptPath)\" defer></script>\n"
        guard let body = html.range(of: "</body>", options: .backwards) else { return html + tag }
        return html.replacingCharacters(in: body.lowerBound..<body.lowerBound, with: tag)
    }

    static let source = """
        (function () {
          "use strict";
          var overlayId = "signpost-problems";
          function show(problems) {
            var old = document.getElementById(overlayId);
            if (old) { old.remove(); }
            var box = document.createElement("div");
            box.id = overlayId;
            box.setAttribute("role", "alert");
            box.style.cssText = "position:fixed;inset:0;overflow:auto;z-index:2147483647;margin:0;padding:24px;" +
              "background:#fff;color:#212b32;border:8px solid #d5281b;font:16px/1.5 Arial,sans-serif;";
            var heading = document.createElement("h2");
            heading.textContent = "The site could not be updated";
            heading.style.cssText = "margin:0 0 8px;font-size:28px;color:#d5281b;";
            var intro = document.createElement("p");
            intro.textContent = "You are seeing the last version that worked. Fix " +
              (problems.length === 1 ? "this problem" : "these " + problems.length + " problems") +
              " and save the file: the page will update by itself.";
            var list = document.createElement("ol");
            list.style.cssText = "padding-left:24px;";
            problems.forEach(function (problem) {
              var item = document.createElement("li");
              item.style.cssText = "margin-bottom:16px;";
              var place = document.createElement("code");
              place.textContent = problem.where;
              place.style.cssText = "display:block;font-weight:bold;font-size:18px;word-break:break-all;";
              var message = document.createElement("p");
              message.textContent = problem.severity + ": " + problem.message;
              message.style.cssText = "margin:4px 0;";
              item.appendChild(place);
              item.appendChild(message);
              if (problem.hint) {
                var hint = document.createElement("p");
                hint.textContent = "How to fix it: " + problem.hint;
                hint.style.cssText = "margin:4px 0;color:#4c6272;";
                item.appendChild(hint);
              }
              list.appendChild(item);
            });
            var close = document.createElement("button");
            close.type = "button";
            close.textContent = "Hide these problems";
            close.style.cssText = "font:inherit;padding:8px 16px;border:2px solid #212b32;background:#fff;cursor:pointer;";
            close.addEventListener("click", function () { box.remove(); });
            box.appendChild(heading);
            box.appendChild(intro);
            box.appendChild(list);
            box.appendChild(close);
            document.body.appendChild(box);
          }
          var events = new EventSource("\(RequestPath.eventsPath)");
          events.addEventListener("reload", function () { window.location.reload(); });
          events.addEventListener("problems", function (event) { show(JSON.parse(event.data)); });
        })();

        """
}
