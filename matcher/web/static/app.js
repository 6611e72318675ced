// matcher's web pages: a little plain JavaScript, no inline script (the CSP forbids it).
// Lists of jobs, degrees and languages: add, remove, reorder; names are renumbered in
// page order so the server reads the entries in the order shown.
"use strict";

function renumber(list) {
  const key = list.dataset.list;
  const pattern = new RegExp("^" + key.replace(/\./g, "\\.") + "\\.(\\d+|__i__)\\.");
  list.querySelectorAll(":scope > .items > .item").forEach((item, index) => {
    item.querySelectorAll("[name]").forEach((el) => {
      el.name = el.name.replace(pattern, key + "." + index + ".");
    });
    item.querySelectorAll("[id]").forEach((el) => {
      const old = el.id;
      el.id = old.replace(new RegExp("^f-" + key.replace(/\./g, "-") + "-(\\d+|__i__)-"), "f-" + key.replace(/\./g, "-") + "-" + index + "-");
      item.querySelectorAll('label[for="' + old + '"]').forEach((label) => { label.htmlFor = el.id; });
    });
  });
}

document.addEventListener("click", (event) => {
  const button = event.target.closest("button");
  if (!button) return;
  const list = button.closest("[data-list]");
  if (button.classList.contains("print")) { window.print(); return; }
  if (!list) return;
  const items = list.querySelector(":scope > .items");
  const item = button.closest(".item");
  if (button.classList.contains("add")) {
    const li = document.createElement("li");
    li.className = "item";
    li.innerHTML = list.querySelector(":scope > template").innerHTML;
    items.appendChild(li);
    renumber(list);
    const first = li.querySelector("input, select, textarea");
    if (first) first.focus();
  } else if (button.classList.contains("remove") && item) {
    const next = item.nextElementSibling || item.previousElementSibling;
    item.remove();
    renumber(list);
    (next ? next.querySelector("button") : list.querySelector("button.add")).focus();
  } else if (button.classList.contains("up") && item && item.previousElementSibling) {
    items.insertBefore(item, item.previousElementSibling);
    renumber(list);
    button.focus();
  } else if (button.classList.contains("down") && item && item.nextElementSibling) {
    items.insertBefore(item.nextElementSibling, item);
    renumber(list);
    button.focus();
  }
});

// A screening run in progress: poll its status, then show the results.
function poll() {
  const progress = document.getElementById("progress");
  if (!progress) return;
  fetch(progress.dataset.status, { credentials: "same-origin" })
    .then((response) => response.json())
    .then((status) => {
      const bar = progress.querySelector("progress");
      bar.max = status.total || 1;
      bar.value = status.done || 0;
      progress.querySelector(".count").textContent = (status.done || 0) + "/" + (status.total || 0);
      if (status.status === "running") { setTimeout(poll, 700); } else { window.location.reload(); }
    })
    .catch(() => setTimeout(poll, 2000));
}
document.addEventListener("DOMContentLoaded", poll);
