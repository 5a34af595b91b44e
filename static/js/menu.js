/*
 * The site's menu on a phone: below the breakpoint the sections fold behind a button
 * (<button aria-expanded aria-controls>), which opens and closes them; Escape closes them and
 * gives the focus back to the button. Nothing else is trapped. Without this script the button
 * stays hidden and every section is listed, as on a desktop.
 *
 * Loaded in <head> without `defer`, so that the page is first painted with the menu folded: the
 * class `has-menu` on <html> is what folds it (static/css/site.css).
 */
(function () {
    "use strict";

    var root = document.documentElement;
    root.classList.add("has-menu");

    function setUp() {
        var button = document.querySelector("[data-menu-button]");
        var menu = button && document.getElementById(button.getAttribute("aria-controls"));
        if (!menu) {
            root.classList.remove("has-menu");
            return;
        }

        function isOpen() {
            return button.getAttribute("aria-expanded") === "true";
        }

        function setOpen(open) {
            button.setAttribute("aria-expanded", open ? "true" : "false");
            menu.classList.toggle("is-open", open);
        }

        button.hidden = false;
        setOpen(false);
        button.addEventListener("click", function () {
            setOpen(!isOpen());
        });
        document.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && isOpen()) {
                setOpen(false);
                button.focus();
            }
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", setUp);
    } else {
        setUp();
    }
})();
