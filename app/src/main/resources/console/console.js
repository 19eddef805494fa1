// The owner's console: live numbers on 오늘, live preview on 문구. Served from the jar; no CDN.
(function () {
  "use strict";
  var csrfMeta = document.querySelector('meta[name="csrf"]');
  var csrf = csrfMeta ? csrfMeta.getAttribute("content") : "";

  function post(url, fields) {
    var body = new URLSearchParams();
    Object.keys(fields).forEach(function (k) { body.append(k, fields[k]); });
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRF-Token": csrf, "Content-Type": "application/x-www-form-urlencoded" },
      body: body.toString()
    });
  }

  // 오늘: the header's numbers every 10 s, the whole day every 30 s, without a reload
  var today = document.getElementById("today");
  if (today) {
    setInterval(function () {
      fetch("/today/numbers", { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (n) {
          if (!n) { return; }
          Object.keys(n).forEach(function (k) {
            var el = today.querySelector('[data-num="' + k + '"]');
            if (el) { el.textContent = n[k]; }
          });
        })
        .catch(function () {});
    }, 10000);
    setInterval(function () {
      fetch(today.getAttribute("data-refresh"), { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (html) { if (html) { today.innerHTML = html; } })
        .catch(function () {});
    }, 30000);
  }

  // 문구: line numbers, and the preview, byte count and type as the owner types
  var yaml = document.getElementById("yaml");
  if (!yaml) { return; }
  var gutter = document.getElementById("gutter");
  var select = document.getElementById("template");
  var booking = document.getElementById("booking");
  var last = null;
  var timer = null;
  var seq = 0;

  function errorLines() {
    var lines = {};
    document.querySelectorAll("#errors li").forEach(function (li) {
      if (li.getAttribute("data-file") === "sms_templates.yaml") {
        lines[li.getAttribute("data-line")] = true;
      }
    });
    return lines;
  }

  function numberLines() {
    var count = yaml.value.split("\n").length;
    var bad = errorLines();
    var out = [];
    for (var i = 1; i <= count; i++) {
      out.push(bad[String(i)] ? "<b class=\"bad-line\">" + i + "</b>" : String(i));
    }
    gutter.innerHTML = out.join("\n");
    gutter.scrollTop = yaml.scrollTop;
  }

  function show() {
    if (!last) { return; }
    var key = select.value;
    var t = null;
    last.templates.forEach(function (x) { if (x.key === key) { t = x; } });
    if (!t && last.templates.length) { t = last.templates[0]; }
    document.getElementById("bytes").textContent = t ? String(t.bytes) : "-";
    document.getElementById("type").textContent = t ? t.type : "-";
    document.getElementById("preview-text").textContent = t ? (t.error || t.text) : "";
    showAlimTalk(t ? t.alimtalk : null);
  }

  // the template's AlimTalk variant, filled on the same booking (hidden when it has none)
  function showAlimTalk(a) {
    var box = document.getElementById("alimtalk");
    if (!box) { return; }
    box.hidden = !a;
    if (!a) { return; }
    document.getElementById("alimtalk-chars").textContent = String(a.characters);
    document.getElementById("alimtalk-code").textContent = a.templateCode;
    document.getElementById("alimtalk-channel").textContent = a.channel;
    document.getElementById("alimtalk-text").textContent = a.error || a.text;
    var list = document.getElementById("alimtalk-buttons");
    list.innerHTML = "";
    a.buttons.forEach(function (b) {
      var li = document.createElement("li");
      li.textContent = b;
      list.appendChild(li);
    });
  }

  function options() {
    var chosen = select.value;
    if (!last.templates.length) { return; }
    select.innerHTML = "";
    last.templates.forEach(function (t) {
      var o = document.createElement("option");
      o.value = t.key;
      o.textContent = t.key;
      if (t.key === chosen) { o.selected = true; }
      select.appendChild(o);
    });
  }

  function preview() {
    var mine = ++seq;
    document.body.setAttribute("data-preview", "pending");
    post("/templates/preview", { yaml: yaml.value, booking: booking.value })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        if (mine !== seq) { return; }
        last = data;
        document.getElementById("errors").innerHTML = data.errorsHtml;
        if (data.templates.length) {
          document.querySelector("#all-templates tbody").innerHTML = data.rowsHtml;
          options();
        }
        show();
        numberLines();
        document.body.setAttribute("data-preview", data.valid ? "valid" : "invalid");
      })
      .catch(function () { document.body.setAttribute("data-preview", "failed"); });
  }

  yaml.addEventListener("input", function () {
    numberLines();
    clearTimeout(timer);
    timer = setTimeout(preview, 250);
  });
  yaml.addEventListener("scroll", function () { gutter.scrollTop = yaml.scrollTop; });
  select.addEventListener("change", show);
  booking.addEventListener("change", preview);
  numberLines();
  preview();
})();
