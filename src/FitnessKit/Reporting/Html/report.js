(function () {
  "use strict";
  var rule = document.getElementById("rule-filter");
  var context = document.getElementById("context-filter");
  var text = document.getElementById("text-filter");
  var onlyNew = document.getElementById("new-filter");
  var shown = document.getElementById("shown-count");
  var rows = Array.prototype.slice.call(document.querySelectorAll("#violation-table tbody tr.violation"));

  function matches(row) {
    if (rule.value && row.getAttribute("data-rule") !== rule.value) { return false; }
    if (context.value && row.getAttribute("data-source-context") !== context.value && row.getAttribute("data-target-context") !== context.value) { return false; }
    if (onlyNew.checked && row.getAttribute("data-baselined") === "true") { return false; }
    var needle = text.value.trim().toLowerCase();
    return !needle || row.textContent.toLowerCase().indexOf(needle) >= 0;
  }

  function apply() {
    var count = 0;
    rows.forEach(function (row) {
      var visible = matches(row);
      row.hidden = !visible;
      if (visible) { count++; }
    });
    shown.textContent = count + " of " + rows.length;
  }

  [rule, context, onlyNew].forEach(function (control) { control.addEventListener("change", apply); });
  text.addEventListener("input", apply);
  Array.prototype.forEach.call(document.querySelectorAll("#context-map .context"), function (box) {
    box.addEventListener("click", function () {
      var name = box.getAttribute("data-context");
      context.value = context.value === name ? "" : name;
      apply();
      document.getElementById("violations").scrollIntoView();
    });
  });
  apply();
})();
