// searchidx's search page: optional niceties; every feature works without them.
document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("form.search");
  if (!form) return;
  // Leave empty fields out of the URL, so a bookmarked search stays short.
  form.addEventListener("submit", () => {
    for (const field of form.querySelectorAll("input[name], select[name]")) {
      if (field.value.trim() === "" || (field.name === "sort" && field.value === "relevance")) {
        field.disabled = true;
      }
    }
  });
  // Coming back to this page from history must not find the fields disabled.
  window.addEventListener("pageshow", () => {
    for (const field of form.querySelectorAll("[disabled]")) field.disabled = false;
  });
  // A new sort order applies at once.
  const sort = form.querySelector("select[name=sort]");
  if (sort) sort.addEventListener("change", () => form.requestSubmit());
  // "/" jumps to the search box, as on many search sites.
  const box = form.querySelector("input[name=q]");
  document.addEventListener("keydown", (event) => {
    if (event.key === "/" && document.activeElement !== box && !(document.activeElement instanceof HTMLInputElement)) {
      event.preventDefault();
      box.focus();
      box.select();
    }
  });
});
