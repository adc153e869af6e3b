// Two small helps for the article form:
// - shows, under the hand-written excerpt, the automatic one that readers will see while the
//   excerpt field is empty: the first 50 words of the body, as the server computes it;
// - gives the rich-text editor's editing area the name of its field ("Body"), which the
//   editor itself does not, so that screen readers announce what is being edited.
"use strict";
(function () {
  const WORDS = 50;
  function automaticExcerpt(html) {
    const doc = new DOMParser().parseFromString("<body>" + html.replace(/<\/(p|li|h[1-6]|blockquote|figcaption)>/gi, " </$1>") + "</body>", "text/html");
    const words = (doc.body.textContent || "").split(/[ \t\r\n]+/).filter(Boolean);
    return words.length > WORDS ? words.slice(0, WORDS).join(" ") + " [\u2026]" : words.join(" ");
  }
  function nameTheEditor() {
    const label = document.querySelector('label[for="id_body"]');
    if (!label) return false;
    label.id = label.id || "id_body_label";
    const areas = document.querySelectorAll('.field-body [contenteditable="true"], .field-body .tiptap');
    areas.forEach(function (area) { area.setAttribute("aria-labelledby", label.id); });
    return areas.length > 0;
  }
  function start() {
    // The editor builds its editing area after the page loads: try until it is there.
    let tries = 0;
    const naming = window.setInterval(function () {
      if (nameTheEditor() || ++tries > 50) window.clearInterval(naming);
    }, 100);
    const body = document.getElementById("id_body");
    const readonly = document.querySelector(".field-automatic_excerpt .readonly");
    if (!body || !readonly) return;
    let last = null;
    function refresh() {
      if (body.value === last) return;
      last = body.value;
      readonly.textContent = automaticExcerpt(body.value) || "\u2013";
    }
    body.form.addEventListener("input", refresh);
    body.form.addEventListener("change", refresh);
    window.setInterval(refresh, 1000);  // the rich-text editor updates the field quietly
    refresh();
  }
  document.addEventListener("DOMContentLoaded", start);
})();
