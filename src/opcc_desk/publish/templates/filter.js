// Filters in place: the form shows only where this script runs; without it the
// links above lead to one ready-made page per filter.
(function () {
  "use strict";
  var form = document.getElementById("filter-form");
  var links = document.getElementById("filter-links");
  var count = document.getElementById("count");
  if (!form || !links || !count) { return; }
  var words = JSON.parse(form.getAttribute("data-words"));
  var cards = Array.prototype.slice.call(document.querySelectorAll("[data-therapist]"));
  function has(list, value) {
    return (" " + list + " ").indexOf(" " + value + " ") >= 0;
  }
  function fits(card, f) {
    var d = card.dataset;
    return (!f.approach.value || has(d.approaches, f.approach.value)) &&
      (!f.concern.value || has(d.concerns, f.concern.value)) &&
      (!f.language.value || has(d.languages, f.language.value)) &&
      (!f.format.value || has(d.formats, f.format.value)) &&
      (!f.fee.value || Number(d.fee) <= Number(f.fee.value)) &&
      (!f.sliding.checked || d.sliding === "yes") &&
      (!f.accepting.checked || d.accepting === "yes");
  }
  function apply() {
    var shown = 0;
    cards.forEach(function (card) {
      var ok = fits(card, form.elements);
      card.hidden = !ok;
      if (ok) { shown += 1; }
    });
    count.textContent = shown === 0 ? words.none :
      shown === 1 ? words.one : words.many.replace("{count}", String(shown));
  }
  form.hidden = false;
  links.hidden = true;
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
}());
