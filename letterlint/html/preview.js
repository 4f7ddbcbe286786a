/* letterlint preview: explanations for highlighted findings (click, hover, keyboard). */
(function () {
  "use strict";
  var popup = document.getElementById("uitleg");
  if (!popup) { return; }
  var list = popup.querySelector(".uitleg-lijst");
  var heading = popup.querySelector("h2");
  var closeButton = popup.querySelector(".sluiten");
  var current = null;
  var pinned = false;
  var hideTimer = null;
  var TRIGGERS = ".hl, .zinmarker";

  function fill(trigger) {
    list.textContent = "";
    trigger.getAttribute("data-findings").split(" ").forEach(function (index) {
      var source = document.getElementById("melding-" + index);
      if (!source) { return; }
      var item = document.createElement("li");
      item.className = source.className;
      source.querySelectorAll(".kop, .bericht, .voorstel").forEach(function (node) {
        var copy = node.cloneNode(true);
        copy.removeAttribute("id");
        item.appendChild(copy);
      });
      list.appendChild(item);
    });
  }

  function place(trigger) {
    var rect = trigger.getBoundingClientRect();
    var width = popup.offsetWidth;
    var left = Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
    popup.style.left = left + "px";
    popup.style.top = (rect.bottom + window.scrollY + 6) + "px";
  }

  function open(trigger, pin, moveFocus) {
    window.clearTimeout(hideTimer);
    if (current && current !== trigger) { current.setAttribute("aria-expanded", "false"); }
    current = trigger;
    pinned = pin;
    fill(trigger);
    popup.hidden = false;
    place(trigger);
    trigger.setAttribute("aria-expanded", "true");
    if (moveFocus) { heading.focus(); }
  }

  function close(returnFocus) {
    window.clearTimeout(hideTimer);
    popup.hidden = true;
    pinned = false;
    if (current) {
      current.setAttribute("aria-expanded", "false");
      if (returnFocus) { current.focus(); }
    }
    current = null;
  }

  document.addEventListener("click", function (event) {
    var trigger = event.target.closest(TRIGGERS);
    if (trigger) {
      if (trigger === current && pinned) { close(false); return; }
      /* detail 0: activated with Enter or Space, so the explanation gets the focus */
      open(trigger, true, event.detail === 0);
      return;
    }
    if (pinned && !popup.contains(event.target)) { close(false); }
  });

  closeButton.addEventListener("click", function () { close(true); });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !popup.hidden) { close(true); }
  });

  popup.addEventListener("focusout", function (event) {
    if (pinned && event.relatedTarget && !popup.contains(event.relatedTarget) && event.relatedTarget !== current) {
      close(false);
    }
  });

  document.addEventListener("mouseover", function (event) {
    var trigger = event.target.closest(TRIGGERS);
    if (trigger && !pinned) { open(trigger, false, false); }
    if (popup.contains(event.target)) { window.clearTimeout(hideTimer); }
  });

  document.addEventListener("mouseout", function (event) {
    var leaving = event.target.closest(TRIGGERS) || (popup.contains(event.target) ? popup : null);
    if (leaving && !pinned && !popup.hidden) {
      hideTimer = window.setTimeout(function () { if (!pinned) { close(false); } }, 300);
    }
  });

  /* the rewrite is shown in a sandboxed frame: make it as tall as its letter */
  document.querySelectorAll("iframe.herschreven").forEach(function (frame) {
    function fit() {
      try {
        var doc = frame.contentDocument;
        if (doc && doc.documentElement) { frame.style.height = (doc.documentElement.scrollHeight + 24) + "px"; }
      } catch (error) { /* a frame we may not read keeps its fixed height */ }
    }
    frame.addEventListener("load", fit);
    fit();
  });
}());
