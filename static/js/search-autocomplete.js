/*
 * Search suggestions while typing, for every search box with a `data-suggest` address.
 *
 * Progressive enhancement: without this script the box is a plain search field and its form submits.
 * With it, the box becomes an ARIA 1.2 combobox with a listbox of page titles (WAI-ARIA Authoring
 * Practices, "combobox with listbox popup"): Down/Up move through the suggestions, Enter opens the
 * chosen one (or submits the search when none is chosen), Escape closes the list, then clears the box.
 * A polite live region says how many suggestions there are. Titles are inserted as text, never as HTML.
 * Direction follows the page (the list is placed with logical properties in site.css); each title is
 * isolated with dir="auto", so a French title reads correctly in the Arabic interface.
 */
(function () {
    "use strict";

    var DELAY = 180;
    var MIN_LETTERS = 2;

    function setup(input) {
        var form = input.form;
        if (!form || !window.fetch) {
            return;
        }
        var listId = (input.id || "search") + "-suggestions";
        var list = document.createElement("ul");
        list.id = listId;
        list.className = "suggestions";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", input.labels && input.labels.length ? input.labels[0].textContent.trim() : "");
        list.hidden = true;

        var status = document.createElement("div");
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        status.setAttribute("aria-live", "polite");

        var wrapper = document.createElement("div");
        wrapper.className = "suggestions-anchor";
        input.parentNode.insertBefore(wrapper, input);
        wrapper.appendChild(input);
        wrapper.appendChild(list);
        wrapper.appendChild(status);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);
        input.setAttribute("autocomplete", "off");

        var timer = null;
        var controller = null;
        var active = -1;
        var lastQuery = null;

        function options() {
            return list.querySelectorAll("[role=option]");
        }

        function close() {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            active = -1;
        }

        function highlight(index) {
            var items = options();
            if (!items.length) {
                return;
            }
            if (index < 0) {
                index = items.length - 1;
            } else if (index >= items.length) {
                index = 0;
            }
            for (var n = 0; n < items.length; n += 1) {
                items[n].setAttribute("aria-selected", n === index ? "true" : "false");
            }
            active = index;
            input.setAttribute("aria-activedescendant", items[index].id);
            items[index].scrollIntoView({ block: "nearest" });
        }

        function render(data) {
            list.textContent = "";
            active = -1;
            input.removeAttribute("aria-activedescendant");
            (data.results || []).forEach(function (result, index) {
                var item = document.createElement("li");
                item.id = listId + "-" + index;
                item.className = "suggestions__item";
                item.setAttribute("role", "option");
                item.setAttribute("aria-selected", "false");
                item.dataset.url = result.url;
                var title = document.createElement("span");
                title.className = "suggestions__title";
                title.setAttribute("dir", "auto");
                title.textContent = result.title;
                var kind = document.createElement("span");
                kind.className = "suggestions__kind";
                kind.textContent = result.kind;
                item.appendChild(title);
                item.appendChild(kind);
                // mousedown, not click: the box keeps its focus, so the list is not closed before the choice.
                item.addEventListener("mousedown", function (event) {
                    event.preventDefault();
                    window.location.assign(result.url);
                });
                list.appendChild(item);
            });
            var count = options().length;
            status.textContent = data.message || "";
            if (count) {
                list.hidden = false;
                input.setAttribute("aria-expanded", "true");
            } else {
                close();
            }
        }

        function fetchSuggestions() {
            var query = input.value.trim();
            if (query === lastQuery) {
                return;
            }
            lastQuery = query;
            if (query.replace(/[\s\p{P}\p{S}]/gu, "").length < MIN_LETTERS) {
                list.textContent = "";
                status.textContent = "";
                close();
                return;
            }
            if (controller) {
                controller.abort();
            }
            controller = window.AbortController ? new AbortController() : null;
            var url = input.dataset.suggest + "?q=" + encodeURIComponent(query);
            fetch(url, { headers: { Accept: "application/json" }, signal: controller ? controller.signal : undefined })
                .then(function (response) {
                    return response.ok ? response.json() : { results: [] };
                })
                .then(function (data) {
                    if (input.value.trim() === query) {
                        render(data);
                    }
                })
                .catch(function () {
                    /* Aborted or offline: the form still submits. */
                });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, DELAY);
        });

        input.addEventListener("keydown", function (event) {
            var open = !list.hidden;
            switch (event.key) {
                case "ArrowDown":
                    event.preventDefault();
                    if (!open && options().length) {
                        list.hidden = false;
                        input.setAttribute("aria-expanded", "true");
                    }
                    highlight(active + 1);
                    break;
                case "ArrowUp":
                    event.preventDefault();
                    if (open) {
                        highlight(active - 1);
                    }
                    break;
                case "Enter":
                    if (open && active >= 0) {
                        event.preventDefault();
                        window.location.assign(options()[active].dataset.url);
                    }
                    break;
                case "Escape":
                    if (open) {
                        event.preventDefault();
                        close();
                    } else if (input.value) {
                        event.preventDefault();
                        input.value = "";
                        lastQuery = null;
                    }
                    break;
                case "Tab":
                    close();
                    break;
                default:
                    break;
            }
        });

        input.addEventListener("blur", function () {
            close();
        });
    }

    function start() {
        var inputs = document.querySelectorAll("input[data-suggest]");
        for (var n = 0; n < inputs.length; n += 1) {
            setup(inputs[n]);
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
