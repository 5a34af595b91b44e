/*
 * Arabic typed into the admin reads right-to-left, French left-to-right, whatever the admin's
 * own language: every text field of the page editor and of wagtail-localize's translation
 * editor (a React app that renders late) gets dir="auto" unless it already has a direction.
 */
(function () {
  "use strict";
  var SELECTOR = [
    "input[type='text']",
    "input[type='search']",
    "input:not([type])",
    "textarea",
  ].join(",");

  function mark(element) {
    if (!element.hasAttribute("dir")) {
      element.setAttribute("dir", "auto");
    }
  }

  function markWithin(root) {
    if (root.nodeType !== 1) {
      return;
    }
    if (root.matches(SELECTOR)) {
      mark(root);
    }
    root.querySelectorAll(SELECTOR).forEach(mark);
  }

  function start() {
    markWithin(document.body);
    new MutationObserver(function (mutations) {
      mutations.forEach(function (mutation) {
        mutation.addedNodes.forEach(markWithin);
      });
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
