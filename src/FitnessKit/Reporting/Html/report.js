(function () {
  "use strict";
  // The violations come as data (HtmlViolationData.cs); the table shows one page of those that match the filters,
  // so the page stays light however many there are. Every text is set with textContent, never parsed as markup.
  var pageSize = 100;
  var rule = document.getElementById("rule-filter");
  var context = document.getElementById("context-filter");
  var text = document.getElementById("text-filter");
  var onlyNew = document.getElementById("new-filter");
  var shown = document.getElementById("shown-count");
  var pageInfo = document.getElementById("page-info");
  var body = document.querySelector("#violation-table tbody");
  var buttons = {
    first: document.getElementById("first-page"),
    previous: document.getElementById("previous-page"),
    next: document.getElementById("next-page"),
    last: document.getElementById("last-page")
  };
  var violations = JSON.parse(document.getElementById("violation-data").textContent);
  var haystacks = null;
  var matching = [];
  var page = 0;

  function haystack(i) {
    if (haystacks === null) {
      haystacks = violations.map(function (v) {
        return [v.r, v.s, v.b ? "baselined" : "", v.f || "–", v.t || "–", v.m, "Fix: " + v.x, v.w].join("\n").toLowerCase();
      });
    }
    return haystacks[i];
  }

  function matches(v, i, needle) {
    if (rule.value && v.r !== rule.value) { return false; }
    if (context.value && v.f !== context.value && v.t !== context.value) { return false; }
    if (onlyNew.checked && v.b) { return false; }
    return !needle || haystack(i).indexOf(needle) >= 0;
  }

  function cell(row, content, className) {
    var td = document.createElement("td");
    if (className) { td.className = className; }
    if (content !== null) { td.textContent = content; }
    row.appendChild(td);
    return td;
  }

  function row(v) {
    var tr = document.createElement("tr");
    tr.className = v.b ? "violation baselined" : "violation";
    tr.setAttribute("data-rule", v.r);
    tr.setAttribute("data-source-context", v.f || "");
    tr.setAttribute("data-target-context", v.t || "");
    tr.setAttribute("data-baselined", v.b ? "true" : "false");
    cell(tr, v.r);
    var severity = cell(tr, v.s, "sev-" + v.s);
    if (v.b) {
      var tag = document.createElement("span");
      tag.className = "tag";
      tag.textContent = "baselined";
      severity.appendChild(document.createTextNode(" "));
      severity.appendChild(tag);
    }
    cell(tr, v.f || "–");
    cell(tr, v.t || "–");
    var message = cell(tr, v.m);
    var fix = document.createElement("div");
    fix.className = "fix";
    fix.textContent = "Fix: " + v.x;
    message.appendChild(fix);
    var where = document.createElement("code");
    where.textContent = v.w;
    cell(tr, null).appendChild(where);
    return tr;
  }

  function pages() { return Math.max(1, Math.ceil(matching.length / pageSize)); }

  function render() {
    var rows = document.createDocumentFragment();
    var end = Math.min(matching.length, (page + 1) * pageSize);
    for (var i = page * pageSize; i < end; i++) { rows.appendChild(row(violations[matching[i]])); }
    body.textContent = "";
    body.appendChild(rows);
    shown.textContent = matching.length + " of " + violations.length;
    pageInfo.textContent = "page " + (page + 1) + " of " + pages();
    buttons.first.disabled = buttons.previous.disabled = page === 0;
    buttons.next.disabled = buttons.last.disabled = page >= pages() - 1;
  }

  function apply() {
    var needle = text.value.trim().toLowerCase();
    matching = [];
    for (var i = 0; i < violations.length; i++) {
      if (matches(violations[i], i, needle)) { matching.push(i); }
    }
    page = 0;
    render();
  }

  function go(to) {
    page = Math.max(0, Math.min(pages() - 1, to));
    render();
  }

  function filterBy(name) {
    context.value = context.value === name ? "" : name;
    apply();
    document.getElementById("violations").scrollIntoView();
  }

  [rule, context, onlyNew].forEach(function (control) { control.addEventListener("change", apply); });
  text.addEventListener("input", apply);
  buttons.first.addEventListener("click", function () { go(0); });
  buttons.previous.addEventListener("click", function () { go(page - 1); });
  buttons.next.addEventListener("click", function () { go(page + 1); });
  buttons.last.addEventListener("click", function () { go(pages() - 1); });
  Array.prototype.forEach.call(document.querySelectorAll("#context-map .context"), function (box) {
    box.addEventListener("click", function () { filterBy(box.getAttribute("data-context")); });
  });
  Array.prototype.forEach.call(document.querySelectorAll(".show-context"), function (button) {
    button.addEventListener("click", function () {
      context.value = "";
      filterBy(button.getAttribute("data-context"));
    });
  });
  apply();
})();
